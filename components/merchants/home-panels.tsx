import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/config";
import { formatCnyCompact, formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import { countryName } from "@/lib/reference/countries";
import type { MerchantHome } from "@/lib/server/merchants/home";

const SHOWN_MARKETS = 4;
const LINK = "text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800";
const name = (r: { nameZh: string; nameEn: string }, locale: Locale) =>
  locale === "en" ? r.nameEn || r.nameZh : r.nameZh || r.nameEn;
const title = (r: { titleZh: string; titleEn: string }, locale: Locale) =>
  locale === "en" ? r.titleEn || r.titleZh : r.titleZh || r.titleEn;

/** "November 2026" / "2026年11月" for a "YYYY-MM" month. */
function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split("-").map(Number);
  if (locale !== "en") return `${y}年${m}月`;
  return dateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">{children}</p>;
}

export async function QuickActions() {
  const t = await getTranslations("merchantHome.quick");
  const button =
    "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-medium text-center";
  return (
    <Card title={t("title")}>
      <div className="grid gap-2 sm:grid-cols-3">
        <Link href="/merchant/skus/new" className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
          {t("addSku")}
        </Link>
        <Link
          href="/merchant/skus/import"
          className={`${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          {t("importSkus")}
        </Link>
        <Link
          href="/merchant/declarations/new"
          className={`${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          {t("newDeclaration")}
        </Link>
      </div>
    </Card>
  );
}

export async function LowStockPanel({ data, locale }: { data: MerchantHome["lowStock"]; locale: Locale }) {
  const t = await getTranslations("merchantHome.lowStock");
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Card title={t("title")}>
      {data.items.length === 0 ? (
        <Empty>{t("empty")}</Empty>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600">{t("lead")}</p>
          <ul className="divide-y divide-slate-100">
            {data.items.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2 text-sm">
                <Link href={`/merchant/skus/${s.id}`} className="min-w-0 break-words text-brand-700 underline">
                  <span className="font-mono">{s.code}</span>
                  {name(s, locale) ? <span className="ml-2 text-slate-700">{name(s, locale)}</span> : null}
                </Link>
                <Badge tone={s.stock === 0 ? "bad" : "warn"}>
                  {t("stock", { stock: n(s.stock), threshold: n(s.threshold) })}
                </Badge>
              </li>
            ))}
          </ul>
          {data.total > data.items.length ? (
            <Link href="/merchant/skus" className={`mt-2 inline-block ${LINK}`}>
              {t("more", { count: data.total - data.items.length })}
            </Link>
          ) : null}
        </>
      )}
    </Card>
  );
}

export async function DeclarationsPanel({ data, locale }: { data: MerchantHome["months"]; locale: Locale }) {
  const t = await getTranslations("merchantHome.declarations");
  const { thisMonth, lastMonthSameDays, lastMonth } = data;
  const nothing = thisMonth.count === 0 && lastMonth.count === 0;
  const base = lastMonthSameDays.valueFen;
  const change = base === 0n ? null : Math.round((Number(thisMonth.valueFen - base) / Number(base)) * 100);
  const trend =
    change === null
      ? t("noBase")
      : change === 0
        ? t("same")
        : t(change > 0 ? "up" : "down", { percent: `${formatNumber(Math.abs(change), locale)}%` });
  const figure = (label: string, f: { count: number; valueFen: bigint }, strong = false) => (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={`tabular-nums ${strong ? "text-2xl font-semibold text-brand-800" : "text-lg font-medium"}`}>
        {formatCnyCompact(f.valueFen, locale)}
      </dd>
      <dd className="text-xs text-slate-500">{t("count", { count: f.count })}</dd>
    </div>
  );
  return (
    <Card title={t("title")}>
      {nothing ? (
        <Empty>{t("empty")}</Empty>
      ) : (
        <>
          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            {figure(t("thisMonth", { month: monthLabel(data.month, locale) }), thisMonth, true)}
            {figure(
              t("sameDays", { month: monthLabel(data.previous, locale), days: data.sameDays }),
              lastMonthSameDays,
            )}
            {figure(t("lastMonth", { month: monthLabel(data.previous, locale) }), lastMonth)}
          </dl>
          <p className="mt-3 text-sm text-slate-700">{trend}</p>
        </>
      )}
      <Link href="/merchant/declarations" className={`mt-3 inline-block ${LINK}`}>
        {t("open")}
      </Link>
    </Card>
  );
}

export async function UpcomingPanel({ data, locale }: { data: MerchantHome["upcoming"]; locale: Locale }) {
  const t = await getTranslations("merchantHome.upcoming");
  return (
    <Card title={t("title")}>
      {data.length === 0 ? (
        <Empty>
          {t("empty")}{" "}
          <Link href="/events" className={LINK}>
            {t("browse")}
          </Link>
        </Empty>
      ) : (
        <ul className="divide-y divide-slate-100">
          {data.map((s) => (
            <li key={s.id} className="py-2 text-sm">
              <Link href={`/events/${s.event.slug}`} className="font-medium break-words text-brand-700 underline">
                {title(s.event, locale)}
              </Link>
              <p className="text-slate-600">{formatDateTime(s.event.startsAt, locale)}</p>
              <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                {s.status === "CONFIRMED" ? (
                  <>
                    <Badge tone="good">{t("confirmed", { count: s.tickets })}</Badge>
                    {s.tickets > 0 ? (
                      <Link href={`/merchant/events/${s.event.id}/tickets`} className={LINK}>
                        {t("tickets")}
                      </Link>
                    ) : null}
                  </>
                ) : (
                  <Badge tone="warn">{t("waitlisted", { position: s.waitlistSeq ?? "—" })}</Badge>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export async function RecommendedPanel({ data, locale }: { data: MerchantHome["recommended"]; locale: Locale }) {
  const t = await getTranslations("merchantHome.recommended");
  const sep = locale === "en" ? ", " : "、";
  // A reason stays one short line: the first few markets, then how many in all.
  const shortList = (names: string[]) =>
    names.length <= SHOWN_MARKETS
      ? names.join(sep)
      : t("andOthers", { list: names.slice(0, SHOWN_MARKETS).join(sep), total: names.length });
  const why = (m: MerchantHome["recommended"][number]["match"]) =>
    [
      m.markets.length ? t("markets", { list: shortList(m.markets.map((c) => countryName(c, locale) ?? c)) }) : null,
      m.platforms.length ? t("platforms", { list: m.platforms.map((p) => name(p, locale)).join(sep) }) : null,
      m.hsChapters.length ? t("chapters", { list: m.hsChapters.join(sep), count: m.hsChapters.length }) : null,
    ]
      .filter(Boolean)
      .join(locale === "en" ? "; " : "；");
  return (
    <Card title={t("title")}>
      {data.length === 0 ? (
        <Empty>
          {t("empty")}{" "}
          <Link href="/events" className={LINK}>
            {(await getTranslations("merchantHome.upcoming"))("browse")}
          </Link>
        </Empty>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{t("lead")}</p>
          <ul className="divide-y divide-slate-100">
            {data.map((e) => (
              <li key={e.id} className="py-2 text-sm">
                <Link href={`/events/${e.slug}`} className="font-medium break-words text-brand-700 underline">
                  {title(e, locale)}
                </Link>
                <p className="text-slate-600">
                  {formatDateTime(e.startsAt, locale)} · {t("deadline", { date: formatDate(e.signupDeadline, locale) })}
                </p>
                <p className="mt-0.5 text-slate-700">{t("why", { reasons: why(e.match) })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

export async function UnreadPanel({
  count,
  items,
  locale,
}: {
  count: number;
  items: { id: string; title: string; createdAt: Date; link: string | null }[];
  locale: Locale;
}) {
  const t = await getTranslations("merchantHome.notifications");
  return (
    <Card title={t("title")}>
      {count === 0 ? (
        <Empty>{t("empty")}</Empty>
      ) : (
        <>
          <p className="mb-2 text-sm font-medium text-slate-800">{t("count", { count })}</p>
          <ul className="space-y-2">
            {items.map((n) => (
              <li key={n.id} className="text-sm">
                <p className="break-words text-slate-900">{n.title}</p>
                <p className="text-xs text-slate-500">{formatDateTime(n.createdAt, locale)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link href="/merchant/notifications" className={`mt-3 inline-block ${LINK}`}>
        {t("open")}
      </Link>
    </Card>
  );
}
