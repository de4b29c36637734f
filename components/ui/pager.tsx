import Link from "next/link";

/** Previous / next links with "page N of M"; renders nothing for one page. */
export function Pager({
  page,
  pages,
  href,
  labels,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels: { previous: string; next: string; position: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav className="mt-4 flex items-center justify-between text-sm" aria-label={labels.position}>
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 underline">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{labels.position}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-brand-700 underline">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
