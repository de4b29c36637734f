import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome } from "@/lib/validation/follow-up";

type Named = { nameZh: string; nameEn: string };
export type FollowUpRow = {
  id: string;
  outcome: FollowUpOutcome;
  note: string;
  createdAt: Date;
  recordedBy: string | null;
  merchant: Named;
  partner: Named | null;
};

const name = (n: Named, locale: Locale) => (locale === "en" ? n.nameEn || n.nameZh : n.nameZh);

/** An event's follow-ups, one card per row, so that a phone reads them without scrolling sideways. */
export async function FollowUpList({ rows, locale }: { rows: FollowUpRow[]; locale: Locale }) {
  const t = await getTranslations("eventFollowUps");
  if (!rows.length) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
        {t("list.empty")}
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {rows.map((r) => (
        <li key={r.id} className="p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{name(r.merchant, locale)}</span>
            <Badge tone={r.outcome === "NONE" ? "neutral" : "good"}>{t(`outcomes.${r.outcome}`)}</Badge>
          </div>
          <p className="mt-1 text-slate-700">
            {r.partner ? t("list.met", { partner: name(r.partner, locale) }) : t("list.noPartner")}
          </p>
          {r.note ? <p className="mt-1 break-words whitespace-pre-line text-slate-700">{r.note}</p> : null}
          <p className="mt-1 text-xs text-slate-500">
            {t("list.recorded", { at: formatDateTime(r.createdAt, locale), by: r.recordedBy ?? "—" })}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Follow-ups counted by outcome, as a definition list. */
export async function FollowUpCounts({
  counts,
  locale,
}: {
  counts: { total: number; companies: number; byOutcome: Record<FollowUpOutcome, number> };
  locale: Locale;
}) {
  const t = await getTranslations("eventFollowUps");
  const n = (v: number) => formatNumber(v, locale);
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
      <div>
        <dt className="text-slate-600">{t("counts.total")}</dt>
        <dd className="font-semibold tabular-nums">{n(counts.total)}</dd>
      </div>
      <div>
        <dt className="text-slate-600">{t("counts.companies")}</dt>
        <dd className="font-semibold tabular-nums">{n(counts.companies)}</dd>
      </div>
      {FOLLOW_UP_OUTCOMES.map((o) => (
        <div key={o}>
          <dt className="text-slate-600">{t(`outcomes.${o}`)}</dt>
          <dd className="font-semibold tabular-nums">{n(counts.byOutcome[o])}</dd>
        </div>
      ))}
    </dl>
  );
}
