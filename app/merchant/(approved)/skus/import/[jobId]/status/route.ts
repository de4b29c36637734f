import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { importStatusRoute } from "@/lib/server/imports/job-routes";

export const GET = importStatusRoute({ kind: SKU_IMPORT_KIND, base: "/merchant/skus/import" });
