import { getTranslations } from "next-intl/server";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { DECLARATION_COLUMNS } from "@/lib/server/declarations/import-declarations";
import { getUiLocale } from "@/lib/i18n/server";

/** An empty declarations file with headers in the reader's language and one example row. */
export async function GET(request: Request) {
  const who = await authorizeRoute(request, "activeMerchant");
  if (!who.ok) return who.response;
  const [t, locale] = await Promise.all([getTranslations("declarations"), getUiLocale()]);
  const header = Object.values(DECLARATION_COLUMNS).map((names) => (locale === "zh-CN" ? names.at(-1)! : names[0]));
  const example = [
    "2025-03-18",
    "9610",
    t("csvExample.direction"),
    "US",
    "12500.00",
    "USD",
    "amazon",
    "85",
    "800120250000000001",
  ];
  return csvResponse(toCsv(header, [example]), "declarations-template.csv");
}
