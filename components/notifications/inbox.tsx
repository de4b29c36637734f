import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { INBOX_LIST, listNotifications } from "@/lib/server/notifications/inbox";
import { listLinks, parseListQuery } from "@/lib/paging";
import { renderNotification } from "@/lib/server/notifications/render";
import { markAllReadAction, markReadAction } from "@/lib/server/notifications/actions";
import { getUiLocale } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { PageHeading } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import { EmptyState } from "@/components/ui/data-table";

/**
 * A user's notifications. Given the page's `search` parameters, it pages as
 * every list does (page, size, count); given only `page`, it shows 20 a page.
 */
export async function Inbox({
  userId,
  page,
  search,
  basePath,
  level = 1,
}: {
  userId: string;
  page?: number;
  search?: Record<string, string | undefined>;
  basePath: string;
  level?: 1 | 2;
}) {
  const query = parseListQuery(INBOX_LIST, search ?? { page: String(page ?? 1) });
  const links = listLinks(basePath, {}, INBOX_LIST, query);
  const [t, locale, data] = await Promise.all([
    getTranslations("notifications"),
    getUiLocale(),
    listNotifications(userId, query.page, query.size, query.dir),
  ]);
  const rendered = await Promise.all(data.items.map(async (n) => ({ n, text: await renderNotification(n, locale) })));
  const unread = data.items.some((n) => !n.readAt);
  return (
    <>
      <PageHeading
        title={t("title")}
        level={level}
        actions={
          unread ? (
            <form action={markAllReadAction}>
              <button
                type="submit"
                className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
              >
                {t("markAllRead")}
              </button>
            </form>
          ) : null
        }
      />
      {data.total === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rendered.map(({ n, text }) => (
            <li
              key={n.id}
              className={`flex flex-wrap items-start justify-between gap-3 p-4 ${n.readAt ? "" : "bg-brand-50/50"}`}
            >
              <div className="min-w-0 flex-1">
                <p className="flex items-center gap-2 font-medium">
                  {n.readAt ? null : <Badge tone="info">{t("new")}</Badge>}
                  {text.title}
                </p>
                {text.body ? <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{text.body}</p> : null}
                <p className="mt-1 text-xs text-slate-500">
                  <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, locale)}</time>
                </p>
              </div>
              <div className="flex items-center gap-2">
                {n.link ? (
                  <Link href={n.link} className="text-sm font-medium text-brand-700 underline">
                    {t("open")}
                  </Link>
                ) : null}
                {n.readAt ? null : (
                  <form action={markReadAction}>
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" className="rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">
                      {t("markRead")}
                    </button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {search ? <Pager paging={data} links={links} /> : <Pager page={data.page} pages={data.pages} href={links.page} />}
    </>
  );
}
