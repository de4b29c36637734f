import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/server/actions/set-locale-action";
import { LOCALES } from "@/lib/i18n/config";

const LABELS: Record<(typeof LOCALES)[number], string> = { "zh-CN": "中文", en: "English" };

/** Works without JavaScript: each language is a submit button. */
export async function LanguageSwitcher({ tone = "dark" }: { tone?: "dark" | "light" }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const base = tone === "dark" ? "text-brand-100 hover:text-white" : "text-slate-600 hover:text-brand-800";
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={`rounded px-2 py-1 ${l === locale ? (tone === "dark" ? "bg-white/15 font-semibold text-white" : "bg-brand-50 font-semibold text-brand-800") : base}`}
        >
          {LABELS[l]}
        </button>
      ))}
    </form>
  );
}
