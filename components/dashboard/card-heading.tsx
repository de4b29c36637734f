import { getTranslations } from "next-intl/server";

/** A dashboard card's heading, with the link to download its table as CSV. */
export async function CardHeading({
  id,
  title,
  csv,
}: {
  id: string;
  title: string;
  /** The CSV link and the name of its table, for screen readers. */
  csv?: { href: string; table: string };
}) {
  const t = await getTranslations("dashboard.tables");
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
    </div>
  );
}
