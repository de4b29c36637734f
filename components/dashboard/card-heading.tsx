import { getTranslations } from "next-intl/server";
import { withTableFormat } from "@/lib/sheets/format";

/** A dashboard card's heading, with the links to download its table as CSV or as an Excel workbook. */
export async function CardHeading({
  id,
  title,
  csv,
}: {
  id: string;
  title: string;
  /** The CSV link (the Excel one adds ?format=xlsx) and the name of its table, for screen readers. */
  csv?: { href: string; table: string };
}) {
  const [t, ts] = await Promise.all([getTranslations("dashboard.tables"), getTranslations("sheets.export")]);
  return (
    <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {csv ? (
        <a
          href={csv.href}
          className="no-print text-sm text-brand-700 underline"
          download
          aria-label={t("csvOf", { table: csv.table })}
        >
          {t("csv")}
        </a>
      ) : null}
      {csv ? (
        <a
          href={withTableFormat(csv.href, "xlsx")}
          className="no-print text-sm text-brand-700 underline"
          download
          aria-label={ts("xlsxOf", { table: csv.table })}
        >
          {ts("xlsx")}
        </a>
      ) : null}
    </div>
  );
}
