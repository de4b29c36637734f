import { getTranslations } from "next-intl/server";

const LINKS = [
  { lang: "zh-CN", format: "csv", label: "zhCsv" },
  { lang: "zh-CN", format: "xlsx", label: "zhXlsx" },
  { lang: "en", format: "csv", label: "enCsv" },
  { lang: "en", format: "xlsx", label: "enXlsx" },
] as const;

/** An import's template in both languages (column names) and both formats (CSV, Excel). */
export async function TemplateLinks({ href }: { href: string }) {
  const t = await getTranslations("sheets.templates");
  return (
    <ul className="space-y-2 text-sm" aria-label={t("title")}>
      {LINKS.map((l) => (
        <li key={`${l.lang}-${l.format}`}>
          <a
            href={`${href}?lang=${l.lang}${l.format === "xlsx" ? "&format=xlsx" : ""}`}
            className="font-medium text-brand-700 underline"
            download
          >
            {t(l.label)}
          </a>
        </li>
      ))}
    </ul>
  );
}
