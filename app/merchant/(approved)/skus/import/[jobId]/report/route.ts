import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { importReportRoute } from "@/lib/server/imports/job-routes";

export const GET = importReportRoute({ kind: SKU_IMPORT_KIND, base: "/merchant/skus/import" });
