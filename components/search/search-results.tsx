import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/forms/fields";
import { EmptyState } from "@/components/ui/data-table";
import { SEARCH_MAX_LENGTH } from "@/lib/server/search/search-query";

/** The search page's own box: the query kept in it, and what was wrong with it. */
export async function SearchForm({ action, q, error }: { action: string; q: string; error?: string }) {
  const t = await getTranslations("globalSearch");
  return (
    <form role="search" aria-label={t("label")} action={action} method="get" className="mb-6 max-w-xl">
      <label htmlFor="search-q" className="text-sm font-medium">
        {t("label")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={SEARCH_MAX_LENGTH}
          aria-describedby="search-q-error"
          className="block w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5"
        />
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t("submit")}
        </button>
      </div>
      <div id="search-q-error" className="mt-2">
        <FormAlert message={error} />
      </div>
    </form>
  );
}

/** No result in any group. */
export async function SearchEmpty({ q }: { q: string }) {
  const t = await getTranslations("globalSearch");
  return <EmptyState>{t("empty", { q })}</EmptyState>;
}

/** One kind of result: its name and count, the first rows, and a link to the list filtered by the query. */
export async function SearchResultGroup({
  id,
  title,
  group,
  children,
}: {
  id: string;
  title: string;
  group: { total: number; listHref: string };
  children: React.ReactNode;
}) {
  const t = await getTranslations("globalSearch");
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title} <span className="text-sm font-normal text-slate-600">({t("count", { count: group.total })})</span>
        </h2>
        {group.total > 0 ? (
          <Link href={group.listHref} className="text-sm text-brand-700 underline hover:text-brand-800">
            {t("seeAll")}
          </Link>
        ) : null}
      </div>
      {group.total === 0 ? (
        <p className="text-sm text-slate-600">{t("groupEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">{children}</ul>
      )}
    </section>
  );
}

/** One result row: a link (or plain text when the kind has no page of its own) and a line under it. */
export function SearchHit({
  href,
  title,
  detail,
}: {
  href?: string;
  title: React.ReactNode;
  detail?: React.ReactNode;
}) {
  return (
    <li className="py-2">
      {href ? (
        <Link href={href} className="font-medium break-words text-brand-700 underline hover:text-brand-800">
          {title}
        </Link>
      ) : (
        <span className="font-medium break-words">{title}</span>
      )}
      {detail ? <div className="mt-0.5 text-sm break-words text-slate-600">{detail}</div> : null}
    </li>
  );
}
