import { getTranslations } from "next-intl/server";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { getUiLocale } from "@/lib/i18n/server";
import { db } from "@/lib/server/db";
import { providerOf } from "@/lib/db/provider";
import { listSkusAfter, merchantSkuWhere } from "@/lib/server/skus/list-skus";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { skuCsvHeader, skuCsvRow } from "@/lib/server/skus/sku-csv";
import { SkuFilters } from "@/lib/validation/sku";

const BATCH = 2_000;

/** The list as filtered (by code), as CSV with a BOM (Excel opens the Chinese text correctly); the same columns the import reads. */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const filters = SkuFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const locale = await getUiLocale();
  const t = await getTranslations("skuCsv");
  const where = merchantSkuWhere(who.actor.merchantId, filters, providerOf(db));
  const lines: string[][] = [];
  // By code, a batch at a time: never one huge query, never an offset scan.
  for (let after: string | null = null; ;) {
    const rows = await listSkusAfter(db, where, after, BATCH);
    for (const sku of rows) lines.push(skuCsvRow(sku));
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1].code;
  }
  const stamp = new Date().toISOString().slice(0, 10);
  return csvResponse(toCsv(skuCsvHeader(locale), lines), `${t("exportFile")}-${stamp}.csv`);
}
