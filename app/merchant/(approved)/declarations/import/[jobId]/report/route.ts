import { DECLARATION_IMPORT_KIND } from "@/lib/server/declarations/import-declarations";
import { importReportRoute } from "@/lib/server/imports/job-routes";

export const GET = importReportRoute({ kind: DECLARATION_IMPORT_KIND, base: "/merchant/declarations/import" });
