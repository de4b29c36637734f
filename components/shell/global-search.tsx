import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/server/auth/guards";
import { searchPathFor } from "@/lib/server/search/search-path";
import { SEARCH_MAX_LENGTH } from "@/lib/server/search/search-query";

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The header's search box, for signed-in staff, operators and approved
 * merchants (nobody else has a search page). A plain GET form to the area's
 * search page, so it works without JavaScript; on phones an icon opens it
 * (a disclosure, as the user menu).
 */
export async function GlobalSearch() {
  const user = await getSessionUser();
  const action = searchPathFor(user);
  if (!user || !action) return null;
  const t = await getTranslations("globalSearch");
  const placeholder = user.role === "MERCHANT" ? t("placeholderMerchant") : t("placeholderStaff");
  const field = (id: string, className: string) => (
    <form role="search" aria-label={t("label")} action={action} method="get" className={className}>
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        required
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={placeholder}
        className="w-full min-w-0 rounded-l border border-white/30 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-500"
      />
      <button
        type="submit"
        className="flex items-center rounded-r border border-l-0 border-white/30 bg-white/15 px-2 py-1 hover:bg-white/25"
      >
        <SearchIcon />
        <span className="sr-only">{t("submit")}</span>
      </button>
    </form>
  );
  return (
    <>
      {field("global-search", "hidden w-56 items-stretch md:flex")}
      <details className="md:hidden">
        <summary className="flex cursor-pointer list-none items-center rounded p-2 hover:bg-white/10">
          <SearchIcon />
          <span className="sr-only">{t("open")}</span>
        </summary>
        <div className="absolute inset-x-0 z-20 mt-3 bg-brand-800 px-4 pb-3">
          {field("global-search-phone", "flex items-stretch")}
        </div>
      </details>
    </>
  );
}
