import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { env } from "@/lib/env";
import { formatDay } from "@/lib/i18n/format";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("accessibilityStatement");
  return { title: t("title") };
}

/** When the statement's text last changed: shown on the page, and changed with it. */
const UPDATED = "2026-12-01";

const FEATURES = ["skip", "keyboard", "labels", "languages", "reflow", "alternatives"] as const;
const TESTS = ["axe", "keyboard", "manual"] as const;
const EXCEPTIONS = ["map", "scanner", "qr", "charts", "files", "scope"] as const;

/** The accessibility statement a government site publishes (GB/T 37668-2019, WCAG 2.1 AA), issue 17. */
export default async function AccessibilityPage() {
  const [t, locale] = await Promise.all([getTranslations("accessibilityStatement"), getUiLocale()]);
  const contact = env().SITE_CONTACT;
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("lead")}</p>
        <p className="mt-2 text-sm text-slate-600">{t("updated", { date: formatDay(UPDATED, locale) ?? UPDATED })}</p>
      </div>
      <Card title={t("conformance.title")}>
        <div className="space-y-3 text-sm text-slate-700">
          <p>{t("conformance.standards")}</p>
          <p>{t("conformance.status")}</p>
          <p>{t("conformance.features")}</p>
          <ul className="list-disc space-y-1 pl-5">
            {FEATURES.map((key) => (
              <li key={key}>{t(`conformance.feature.${key}`)}</li>
            ))}
          </ul>
        </div>
      </Card>
      <Card title={t("testing.title")}>
        <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
          {TESTS.map((key) => (
            <li key={key}>{t(`testing.${key}`)}</li>
          ))}
        </ul>
      </Card>
      <Card title={t("exceptions.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("exceptions.lead")}</p>
        <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
          {EXCEPTIONS.map((key) => (
            <li key={key}>{t(`exceptions.${key}`)}</li>
          ))}
        </ul>
      </Card>
      <Card title={t("contact.title")}>
        <div className="space-y-3 text-sm text-slate-700">
          <p>{t("contact.text")}</p>
          {/* SITE_CONTACT, as the footer shows it; without it, the commission the footer names. */}
          <p>{contact ? t("contact.configured", { contact }) : t("contact.fallback")}</p>
        </div>
      </Card>
    </div>
  );
}
