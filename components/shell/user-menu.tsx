import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/server/auth/session-user";

/** A disclosure menu that needs no JavaScript: name, role, account settings and sign-out. */
export async function UserMenu({ user }: { user: SessionUser }) {
  const t = await getTranslations();
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded px-2 py-1 text-sm hover:bg-white/10">
        <span className="sr-only">{t("common.userMenu")}: </span>
        <span
          aria-hidden="true"
          className="flex h-7 w-7 items-center justify-center rounded-full bg-white/20 text-xs font-semibold"
        >
          {user.name.slice(0, 1)}
        </span>
        <span className="max-w-40 truncate">{user.name}</span>
        <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-800 shadow-lg">
        <p className="font-medium">{user.name}</p>
        <p className="truncate text-slate-600">{user.email}</p>
        <p className="mt-1 text-slate-600">{t(`roles.${user.role}`)}</p>
        <Link href="/account" className="mt-3 block rounded px-1 py-1 text-brand-700 underline hover:bg-slate-50">
          {t("account.menuLink")}
        </Link>
        {/* A plain POST, so that the answer's Clear-Site-Data reaches the browser (app/auth/sign-out/route.ts). */}
        <form action="/auth/sign-out" method="post" className="mt-3 border-t border-slate-100 pt-3">
          <button
            type="submit"
            className="w-full rounded border border-slate-300 px-3 py-1.5 text-left hover:bg-slate-50"
          >
            {t("common.signOut")}
          </button>
        </form>
      </div>
    </details>
  );
}
