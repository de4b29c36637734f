import { DECLARATION_IMPORT_KIND } from "@/lib/server/declarations/import-declarations";
import { importStatusRoute } from "@/lib/server/imports/job-routes";

export const GET = importStatusRoute({ kind: DECLARATION_IMPORT_KIND, base: "/merchant/declarations/import" });
