import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { ImportHistory } from "@/components/imports/import-history";
import { ImportUploadForm } from "@/components/imports/import-upload-form";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { listImportJobs } from "@/lib/server/imports/jobs";
import { MAX_OPEN_IMPORTS_PER_MERCHANT } from "@/lib/server/imports/queue";
import { DECLARATION_IMPORT_KIND, DECLARATION_IMPORT_MAX_ROWS } from "@/lib/server/declarations/import-declarations";
import { getUiLocale } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";

export async function generateMetadata() {
  const t = await getTranslations("declarations.importPage");
  return { title: t("title") };
}

const UPLOAD_ERRORS = ["noFile", "notCsv", "unreadable"] as const;

export default async function ImportDeclarationsPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const user = await requireMerchantPage("/merchant/declarations/import");
  const { error } = await searchParams;
  const [t, ti, tq, ts, locale, jobs] = await Promise.all([
    getTranslations("declarations"),
    getTranslations("imports"),
    getTranslations("importQueue"),
    getTranslations("uploadScan"),
    getUiLocale(),
    listImportJobs(db, user.merchant.id, DECLARATION_IMPORT_KIND),
  ]);
  const uploadError = UPLOAD_ERRORS.find((e) => e === error);
  const errorText = uploadError
    ? ti(`upload.errors.${uploadError}`)
    : error === "tooLarge"
      ? t("importPage.tooLarge")
      : error === "infected" || error === "unscanned"
        ? ts(error)
        : error === "busy"
          ? tq("busy", { max: MAX_OPEN_IMPORTS_PER_MERCHANT })
          : undefined;
  return (
    <>
      <Breadcrumbs
        items={[{ nav: "merchant.declarations", href: "/merchant/declarations" }, { label: t("importPage.title") }]}
      />
      <PageHeading
        title={t("importPage.title")}
        lead={t("importPage.lead")}
        actions={
          <Link href="/merchant/declarations" className="text-sm text-brand-700 underline">
            {t("back")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <ImportUploadForm
            action="/merchant/declarations/import/upload"
            initialError={errorText}
            hint={t("importPage.fileHint", { max: formatNumber(DECLARATION_IMPORT_MAX_ROWS, locale) })}
          />
        </Card>
        <Card title={t("importPage.columnsTitle")}>
          <p className="text-sm text-slate-700">{t("importPage.columnsText")}</p>
          <p className="mt-3 text-sm text-slate-700">{t("rules")}</p>
          <a
            href="/merchant/declarations/template"
            className="mt-4 inline-block text-sm text-brand-700 underline"
            download
          >
            {t("importPage.template")}
          </a>
        </Card>
      </div>
      <ImportHistory jobs={jobs} base="/merchant/declarations/import" locale={locale} />
    </>
  );
}
