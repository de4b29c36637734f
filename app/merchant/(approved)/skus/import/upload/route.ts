import { importUploadRoute } from "@/lib/server/imports/upload-route";
import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";

export const POST = importUploadRoute({ kind: SKU_IMPORT_KIND, base: "/merchant/skus/import" });
