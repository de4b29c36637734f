import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { formatMonth } from "@/components/dashboard/format";
import { requirePageUser } from "@/lib/server/auth/guards";
import { listRates } from "@/lib/server/rates/list-rates";
import { getFigureScales } from "@/components/dashboard/scales";
import { formatRate, rateColumnDigits } from "@/lib/i18n/column-scale";
import { minorToDecimal } from "@/lib/validation/decimal";
import { dashboardYears, resolveYear } from "@/lib/server/dashboard/filters";
import { firstValues } from "@/lib/forms/search-params";
import { makeMonth } from "@/lib/time/months";
import { monthOf } from "@/lib/time/shanghai";
import { CURRENCY_CODES } from "@/lib/reference/currencies";
import { getUiLocale } from "@/lib/i18n/server";
import { DataTabs } from "../data-tabs";
import { YearForm } from "../year-form";
import { setRateAction } from "./actions";
import { RateForm } from "./rate-form";

export async function generateMetadata() {
  const t = await getTranslations("dataAdmin.rates");
  return { title: t("title") };
}

/** A rate (CNY per unit, stored in millionths) as a number. */
const rateOf = (micros: bigint) => Number(micros) / 1e6;
/** A rate as stored, without trailing zeros beyond four decimals ("4.662452"): the cell's tooltip. */
const rateText = (micros: bigint) => minorToDecimal(micros, 6).replace(/(\.\d{4}\d*?)0+$/, "$1");

export default async function RatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(["STAFF", "PARK_OPERATOR"], "/admin/data/rates");
  const nowMonth = monthOf(new Date());
  const year = resolveYear(Number(firstValues(await searchParams).year) || undefined, nowMonth);
  const [t, locale, table] = await Promise.all([getTranslations("dataAdmin"), getUiLocale(), listRates(year)]);
  const months = Array.from({ length: 12 }, (_, i) => makeMonth(year, i + 1));
  const scales = await getFigureScales(locale);
  // Each currency's column with one number of decimals: 7.0515 is not followed by 4.662452.
  const digits = new Map(
    table.currencies.map((c) => [
      c,
      rateColumnDigits(
        months.map((m) => {
          const rate = table.rate(m, c);
          return rate === null ? null : rateOf(rate);
        }),
      ),
    ]),
  );
  return (
    <>
      <PageHeading title={t("rates.title")} lead={t("rates.lead")} />
      <DataTabs current="rates" />
      {user.role === "STAFF" ? (
        <Card title={t("rates.formTitle")} className="mb-6">
          <RateForm
            action={setRateAction}
            currencyOptions={CURRENCY_CODES.filter((c) => c !== "CNY").map((c) => ({ value: c, label: c }))}
            defaultMonth={nowMonth}
          />
        </Card>
      ) : (
        <p className="mb-6 text-sm text-slate-600">{t("readOnly")}</p>
      )}
      <YearForm
        id="rates-year"
        year={year}
        years={dashboardYears(nowMonth)}
        label={t("rates.year")}
        submit={t("rates.show")}
      />
      {table.count === 0 ? (
        <EmptyState>{t("rates.empty")}</EmptyState>
      ) : (
        <DataTable
          caption={scales.ratesIn()}
          captionClassName="caption-top px-3 py-2 text-left text-xs text-slate-600"
          scrollLabel={scales.scrollLabel(t("rates.title"))}
          columns={[
            { key: "month", label: t("rates.month") },
            ...table.currencies.map((c) => ({ key: c, label: c, className: "text-right" })),
          ]}
        >
          {months.map((m) => (
            <tr key={m}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">
                {formatMonth(m, locale)}
              </th>
              {table.currencies.map((c) => {
                const rate = table.rate(m, c);
                return (
                  <td
                    key={c}
                    className="px-3 py-1.5 text-right tabular-nums"
                    title={rate === null ? undefined : rateText(rate)}
                  >
                    {rate === null ? "—" : formatRate(rateOf(rate), digits.get(c)!, locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
