import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function NotFoundPanel({ homeHref = "/" }: { homeHref?: string }) {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-8 text-center">
      <p className="text-4xl font-semibold text-brand-800">404</p>
      <h1 className="mt-2 text-xl font-semibold text-slate-900">{t("errors.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("errors.notFoundText")}</p>
      <Link href={homeHref} className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        {t("common.backHome")}
      </Link>
    </div>
  );
}
