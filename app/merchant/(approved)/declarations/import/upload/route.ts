import { getTranslations } from "next-intl/server";
import { DECLARATION_IMPORT_KIND, DECLARATION_IMPORT_MAX_BYTES } from "@/lib/server/declarations/import-declarations";
import { importUploadRoute } from "@/lib/server/imports/upload-route";

export const POST = importUploadRoute({
  kind: DECLARATION_IMPORT_KIND,
  base: "/merchant/declarations/import",
  maxBytes: DECLARATION_IMPORT_MAX_BYTES,
  // The default message names the SKU upload's limit; this file's is 2 MB.
  tooLargeMessage: async () => (await getTranslations("declarations"))("importPage.tooLarge"),
});
