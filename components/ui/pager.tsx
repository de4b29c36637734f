import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The message namespaces that word a pager: `previous`, `next` and `page`
 * ("Page {page} of {pages}"). Lists newest first say "Newer" and "Older".
 */
export type PagerMessages =
  "events.pager" | "skus.pagination" | "review" | "declarations.list" | "notifications" | "auditLog";

/** Previous / next links with "page N of M"; renders nothing for one page. */
export async function Pager({
  page,
  pages,
  href,
  messages,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  messages: PagerMessages;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations(messages);
  const position = t("page", { page, pages });
  return (
    <nav className="mt-4 flex items-center justify-between text-sm" aria-label={position}>
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 underline">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{position}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-brand-700 underline">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
