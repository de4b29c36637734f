import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { COLLECTED_ITEMS, NOTICE_SECTIONS, noticeHistory, RIGHTS, type NoticeSection } from "@/lib/privacy/notice";
import { RETENTION_TABLE, retentionMessage } from "@/lib/privacy/retention";

export async function generateMetadata() {
  const t = await getTranslations("privacyNotice.page");
  return { title: t("title") };
}

const CELL = "block px-0 py-1 align-top sm:table-cell sm:px-3 sm:py-2";

/** A table that becomes one labelled block per row on a phone. */
function StackedTable({
  caption,
  columns,
  rows,
}: {
  caption?: string;
  columns: string[];
  rows: { key: string; id?: string; cells: string[] }[];
}) {
  return (
    <table className="mt-3 w-full border-collapse text-sm">
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead className="sr-only sm:not-sr-only">
        <tr className="border-b border-slate-300 text-left">
          {columns.map((c) => (
            <th key={c} scope="col" className="px-3 py-2 font-semibold text-slate-800">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} id={row.id} className="block border-b border-slate-200 py-2 sm:table-row sm:py-0">
            {row.cells.map((cell, i) => (
              <td key={columns[i]} className={`${CELL} ${i === 0 ? "font-medium text-slate-900" : "text-slate-700"}`}>
                <span className="block text-xs font-semibold text-slate-500 sm:hidden">{columns[i]}</span>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The privacy notice in force (lib/privacy/notice.ts), its date and the
 * earlier versions with theirs. The retention section is the table the
 * retention job enforces (lib/privacy/retention.ts), rendered as it stands.
 */
export default async function PrivacyPage() {
  const [root, locale] = await Promise.all([getTranslations(), getUiLocale()]);
  const t = (key: string, values?: Record<string, string | number>) => root(key as never, values as never);
  const { current, earlier } = noticeHistory();
  const v = (key: string) => `${current.textKey}.${key}`;
  const day = (d: string) => formatDay(d, locale) ?? d;

  const body: Record<NoticeSection, React.ReactNode> = {
    controller: <p>{t(v("controller.body"))}</p>,
    collected: (
      <>
        <p>{t(v("collected.lead"))}</p>
        <StackedTable
          caption={t(v("collected.title"))}
          columns={["data", "purpose", "source"].map((c) => t(`privacyNotice.page.columns.${c}`))}
          rows={COLLECTED_ITEMS.map((item) => ({
            key: item,
            cells: ["data", "purpose", "source"].map((c) => t(v(`collected.items.${item}.${c}`))),
          }))}
        />
      </>
    ),
    basis: (
      <>
        <p>{t(v("basis.consent"))}</p>
        <p>{t(v("basis.attendees"))}</p>
      </>
    ),
    retention: (
      <>
        <p>{t("privacyRetention.lead")}</p>
        <StackedTable
          caption={t("privacyRetention.title")}
          columns={["record", "retention", "basis"].map((c) => t(`privacyRetention.columns.${c}`))}
          rows={RETENTION_TABLE.map((kind) => {
            const rule = retentionMessage(kind.retention);
            return {
              key: kind.id,
              id: `retention-${kind.id}`,
              cells: [t(kind.nameKey), t(rule.key, rule.values), t(kind.basisKey)],
            };
          })}
        />
      </>
    ),
    processors: (
      <>
        <p>{t(v("processors.commission"))}</p>
        <p>{t(v("processors.operators"))}</p>
        <p>{t(v("processors.noTransfer"))}</p>
      </>
    ),
    rights: (
      <>
        <p>{t(v("rights.lead"))}</p>
        <ul className="list-disc space-y-1 pl-6">
          {RIGHTS.map((right) => (
            <li key={right}>{t(v(`rights.items.${right}`))}</li>
          ))}
        </ul>
        <p>
          <Link href="/account" className="font-medium text-brand-700 underline">
            {t("privacyNotice.page.accountLink")}
          </Link>
        </p>
      </>
    ),
    contact: <p>{t(v("contact.body"))}</p>,
    changes: <p>{t(v("changes.body"))}</p>,
  };

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <h1 className="text-2xl font-semibold">{t("privacyNotice.page.title")}</h1>
        <p className="mt-1 text-slate-600">
          {t("privacyNotice.page.version", { version: current.id, date: day(current.effectiveDate) })}
        </p>
        <nav aria-labelledby="privacy-contents" className="mt-6 rounded border border-slate-200 bg-slate-50 p-4">
          <h2 id="privacy-contents" className="text-sm font-semibold text-slate-800">
            {t("privacyNotice.page.contents")}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
            {NOTICE_SECTIONS.map((section) => (
              <li key={section}>
                <a href={`#${section}`} className="text-brand-700 underline">
                  {t(v(`${section}.title`))}
                </a>
              </li>
            ))}
            <li>
              <a href="#versions" className="text-brand-700 underline">
                {t("privacyNotice.page.history.title")}
              </a>
            </li>
          </ol>
        </nav>
        {NOTICE_SECTIONS.map((section, i) => (
          <section key={section} id={section} aria-labelledby={`${section}-title`} className="mt-8 space-y-3">
            <h2 id={`${section}-title`} className="text-lg font-semibold">
              {i + 1}. {t(v(`${section}.title`))}
            </h2>
            <div className="space-y-3 leading-relaxed text-slate-800">{body[section]}</div>
          </section>
        ))}
        <section id="versions" aria-labelledby="versions-title" className="mt-8 space-y-3">
          <h2 id="versions-title" className="text-lg font-semibold">
            {NOTICE_SECTIONS.length + 1}. {t("privacyNotice.page.history.title")}
          </h2>
          <ul className="list-disc space-y-1 pl-6 text-slate-800">
            <li>
              {t("privacyNotice.page.history.current", { version: current.id, from: day(current.effectiveDate) })}
            </li>
            {earlier.map((version) => (
              <li key={version.id}>
                {t("privacyNotice.page.history.earlier", {
                  version: version.id,
                  from: day(version.effectiveDate),
                  until: day(version.replacedOn),
                })}
              </li>
            ))}
          </ul>
          {earlier.length === 0 ? (
            <p className="text-sm text-slate-600">{t("privacyNotice.page.history.none")}</p>
          ) : null}
        </section>
      </article>
    </div>
  );
}
