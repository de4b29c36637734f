import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";
import { listRecentAlerts, RECENT_ALERT_DAYS } from "@/lib/server/notifications/recent-alerts";
import { renderNotification } from "@/lib/server/notifications/render";

/** Commission staff's security alerts of the last days (lib/server/observability/alerts.ts), read or not. */
export async function SecurityAlerts({ userId }: { userId: string }) {
  const [t, locale, alerts] = await Promise.all([
    getTranslations("securityAlerts"),
    getUiLocale(),
    listRecentAlerts(userId),
  ]);
  const rendered = await Promise.all(alerts.map(async (a) => ({ a, text: await renderNotification(a, locale) })));
  return (
    <section aria-labelledby="security-alerts" className="mt-8">
      <h2 id="security-alerts" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("intro", { days: RECENT_ALERT_DAYS })}</p>
      {rendered.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("empty", { days: RECENT_ALERT_DAYS })}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-amber-300 bg-amber-50">
          {rendered.map(({ a, text }) => (
            <li key={a.id} className="p-3 text-sm">
              <p>{text.body}</p>
              <p className="mt-1 text-xs text-slate-600">
                {t("raisedAt", { time: formatDateTime(a.createdAt, locale) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
