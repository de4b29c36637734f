import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { ImportHistory } from "@/components/imports/import-history";
import { ImportUploadForm } from "@/components/imports/import-upload-form";
import { TemplateLinks } from "@/components/imports/template-links";
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

const UPLOAD_ERRORS = ["noFile", "unreadable"] as const;
const WORKBOOK_ERRORS = ["encrypted", "corrupt", "notWorkbook", "tooLarge", "noSheet", "noCachedResult"] as const;

export default async function ImportDeclarationsPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const user = await requireMerchantPage("/merchant/declarations/import");
  const { error } = await searchParams;
  const [t, ti, tq, ts, tw, locale, jobs] = await Promise.all([
    getTranslations("declarations"),
    getTranslations("imports"),
    getTranslations("importQueue"),
    getTranslations("uploadScan"),
    getTranslations("sheets"),
    getUiLocale(),
    listImportJobs(db, user.merchant.id, DECLARATION_IMPORT_KIND),
  ]);
  const uploadError = UPLOAD_ERRORS.find((e) => e === error);
  const workbookError = WORKBOOK_ERRORS.find((e) => `workbook-${e}` === error);
  const errorText = uploadError
    ? ti(`upload.errors.${uploadError}`)
    : workbookError
      ? tw(`refused.${workbookError}`)
      : error === "notCsv"
        ? tw("upload.notTable")
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
            label={tw("upload.label")}
            hint={tw("upload.declarationHint", { max: formatNumber(DECLARATION_IMPORT_MAX_ROWS, locale) })}
          />
        </Card>
        <Card title={t("importPage.columnsTitle")}>
          <p className="text-sm text-slate-700">{t("importPage.columnsText")}</p>
          <p className="mt-3 text-sm text-slate-700">{t("rules")}</p>
          <div className="mt-4">
            <TemplateLinks href="/merchant/declarations/template" />
          </div>
        </Card>
      </div>
      <ImportHistory jobs={jobs} base="/merchant/declarations/import" locale={locale} />
    </>
  );
}
