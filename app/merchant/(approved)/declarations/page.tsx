import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/card";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { ExportLink, ListStateFields } from "@/components/ui/list-tools";
import { FormAlert } from "@/components/forms/fields";
import { ConfirmAction } from "@/components/ui/confirm-dialog";
import { DeclarationFilters } from "@/components/declarations/declaration-filters";
import { MerchantFigures } from "@/components/declarations/merchant-figures";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import {
  DECLARATION_LIST,
  findOwnDeclaration,
  listDeclarations,
  type DeclarationSortKey,
} from "@/lib/server/declarations/list-declarations";
import { EXPORT_ROW_CAP } from "@/lib/server/exports/list-export";
import { listLinks, parseListQuery } from "@/lib/paging";
import { getMerchantFigures } from "@/lib/server/declarations/get-merchant-figures";
import { dashboardYears } from "@/lib/server/dashboard/filters";
import { monthOf } from "@/lib/time/shanghai";
import { DeclarationFilters as Filters } from "@/lib/validation/declaration";
import { currencyMinorDigits } from "@/lib/reference/currencies";
import { countryName } from "@/lib/reference/countries";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { numberFormat } from "@/lib/i18n/intl-cache";
import { getFigureScales } from "@/components/dashboard/scales";
import { deleteDeclarationAction } from "./actions";
import { firstValues } from "@/lib/forms/search-params";

export async function generateMetadata() {
  const t = await getTranslations("declarations");
  return { title: t("title") };
}

export default async function DeclarationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireMerchantPage("/merchant/declarations");
  const raw = firstValues(await searchParams);
  const filters = Filters.parse(raw);
  const query = parseListQuery(DECLARATION_LIST, raw);
  const years = dashboardYears(monthOf(new Date()));
  const figuresYear = filters.year ?? years[0];
  const [t, locale] = await Promise.all([getTranslations(), getUiLocale()]);
  const [list, figures, created] = await Promise.all([
    listDeclarations(user.merchant.id, filters, query),
    getMerchantFigures(user.merchant.id, figuresYear),
    raw.created ? findOwnDeclaration(user.merchant.id, raw.created) : null,
  ]);
  const links = listLinks("/merchant/declarations", filters, DECLARATION_LIST, query, "#list-title");
  const sortable = (c: string): c is DeclarationSortKey => Object.hasOwn(DECLARATION_LIST.columns, c);
  const cell = "px-3 py-2";
  // Each declaration's amount is in its own currency, named in a column of its own; the CNY column has one
  // unit, in its header, and one number of decimals for the page's rows (issue 12).
  const cny = (await getFigureScales(locale)).cny(list.items.map((d) => d.valueFen));
  const amount = (d: (typeof list.items)[number]) => {
    const digits = currencyMinorDigits(d.currency);
    return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      Number(d.valueMinor) / 10 ** digits,
    );
  };
  return (
    <div className="space-y-6">
      <PageHeading
        title={t("declarations.title")}
        lead={t("declarations.lead")}
        actions={
          <div className="flex gap-2">
            <Link
              href="/merchant/declarations/new"
              className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
            >
              {t("declarations.new")}
            </Link>
            <Link
              href="/merchant/declarations/import"
              className="rounded border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50"
            >
              {t("declarations.import")}
            </Link>
          </div>
        }
      />
      {created ? (
        <FormAlert
          tone="success"
          message={t("declarations.created", { amount: formatMoney(created.valueFen, "CNY", locale) })}
        />
      ) : null}
      <section aria-labelledby="figures-title" className="space-y-3">
        <h2 id="figures-title" className="text-lg font-semibold">
          {t("declarations.figures.title", { year: figuresYear })}
        </h2>
        <MerchantFigures figures={figures} locale={locale} />
      </section>
      <section aria-labelledby="list-title">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="list-title" className="text-lg font-semibold">
            {t("declarations.list.title")}
          </h2>
          <ExportLink
            href={links.exportHref("/merchant/declarations/export")}
            total={list.total}
            cap={EXPORT_ROW_CAP}
          />
        </div>
        <DeclarationFilters filters={filters} years={years} locale={locale}>
          <ListStateFields spec={DECLARATION_LIST} query={query} />
        </DeclarationFilters>
        <p className="mb-2 text-sm text-slate-600" aria-live="polite">
          {t("declarations.list.count", { count: list.total })}
        </p>
        {list.items.length === 0 ? (
          <EmptyState>{list.tooBroad ? t("globalSearch.errors.tooBroad") : t("declarations.list.empty")}</EmptyState>
        ) : (
          <DataTable
            columns={(
              [
                "declaredOn",
                "reference",
                "mode",
                "direction",
                "country",
                "amount",
                "currency",
                "valueCny",
                "platform",
                "actions",
              ] as const
            ).map((c) => ({
              key: c,
              label:
                c === "currency"
                  ? t("declarations.fields.currency")
                  : c === "valueCny"
                    ? cny.header(t("declarations.columns.valueCny"))
                    : t(`declarations.columns.${c}`),
              className: c === "amount" || c === "valueCny" ? "text-right" : undefined,
              sort: sortable(c) ? links.sort(c) : undefined,
            }))}
          >
            {list.items.map((d) => (
              <tr key={d.id}>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatDate(d.declaredOn, locale)}</td>
                <th scope="row" className={`${cell} text-left font-mono text-xs font-normal`}>
                  {d.reference}
                </th>
                <td className={cell}>{t(`customsModes.${d.customsMode as "9610"}`)}</td>
                <td className={cell}>{t(`directions.${d.direction}`)}</td>
                <td className={cell}>{countryName(d.country, locale) ?? d.country}</td>
                <td className={`${cell} text-right whitespace-nowrap tabular-nums`}>{amount(d)}</td>
                <td className={`${cell} font-mono text-xs`}>{d.currency}</td>
                <td
                  className={`${cell} text-right whitespace-nowrap tabular-nums`}
                  title={formatMoney(d.valueFen, "CNY", locale)}
                >
                  {cny.format(d.valueFen)}
                </td>
                <td className={cell}>{d.platform ? localized(d.platform, "name", locale) : "—"}</td>
                <td className={cell}>
                  <ConfirmAction
                    action={deleteDeclarationAction}
                    fields={{ declarationId: d.id }}
                    label={t("declarations.delete.button")}
                    question={t("declarations.delete.question", { reference: d.reference })}
                    confirmLabel={t("declarations.delete.confirm")}
                    cancelLabel={t("common.cancel")}
                    pendingLabel={t("declarations.delete.pending")}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager paging={list} links={links} />
      </section>
    </div>
  );
}
