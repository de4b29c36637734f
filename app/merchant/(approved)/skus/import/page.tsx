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
import { SKU_IMPORT_KIND, SKU_IMPORT_MAX_ROWS } from "@/lib/server/skus/import-skus";
import { SKU_CSV_COLUMN_NAMES, SKU_CSV_FIELDS } from "@/lib/server/skus/sku-csv";
import { getSkuFormOptions } from "@/lib/server/skus/form-options";
import { getUiLocale } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/i18n/format";

export async function generateMetadata() {
  const t = await getTranslations("skus.import");
  return { title: t("title") };
}

const UPLOAD_ERRORS = ["noFile", "tooLarge", "unreadable"] as const;
const WORKBOOK_ERRORS = ["encrypted", "corrupt", "notWorkbook", "tooLarge", "noSheet", "noCachedResult"] as const;

export default async function SkuImportPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const user = await requireMerchantPage("/merchant/skus/import");
  const { error } = await searchParams;
  const [t, ti, tq, ts, tw, locale, jobs] = await Promise.all([
    getTranslations("skus"),
    getTranslations("imports"),
    getTranslations("importQueue"),
    getTranslations("uploadScan"),
    getTranslations("sheets"),
    getUiLocale(),
    listImportJobs(db, user.merchant.id, SKU_IMPORT_KIND),
  ]);
  const options = await getSkuFormOptions(user.merchant.id, locale);
  const uploadError = UPLOAD_ERRORS.find((e) => e === error);
  const workbookError = WORKBOOK_ERRORS.find((e) => `workbook-${e}` === error);
  const errorText = uploadError
    ? ti(`upload.errors.${uploadError}`)
    : workbookError
      ? tw(`refused.${workbookError}`)
      : error === "notCsv"
        ? tw("upload.notTable")
        : error === "infected" || error === "unscanned"
          ? ts(error)
          : error === "busy"
            ? tq("busy", { max: MAX_OPEN_IMPORTS_PER_MERCHANT })
            : undefined;
  return (
    <>
      <Breadcrumbs items={[{ nav: "merchant.skus", href: "/merchant/skus" }, { label: t("import.title") }]} />
      <div className="mt-2">
        <PageHeading
          title={t("import.title")}
          lead={t("import.lead", { max: formatNumber(SKU_IMPORT_MAX_ROWS, locale) })}
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6 self-start">
          <Card title={t("import.uploadTitle")}>
            <ImportUploadForm
              action="/merchant/skus/import/upload"
              initialError={errorText}
              label={tw("upload.label")}
              hint={tw("upload.skuHint")}
            />
          </Card>
          <Card title={t("import.codesTitle")}>
            <p className="mb-3 text-sm text-slate-600">{t("import.codesLead")}</p>
            <h3 className="text-sm font-semibold">{t("import.warehouseCodes")}</h3>
            <ul className="mt-1 mb-3 space-y-1 text-sm">
              {options.warehouses.map((w) => (
                <li key={w.code}>
                  <code className="font-mono">{w.code}</code> · {w.name}
                </li>
              ))}
            </ul>
            <h3 className="text-sm font-semibold">{t("import.platformCodes")}</h3>
            <ul className="mt-1 space-y-1 text-sm">
              {options.platforms.map((p) => (
                <li key={p.value}>
                  <code className="font-mono">{p.value}</code> · {p.label}
                </li>
              ))}
            </ul>
          </Card>
        </div>
        <Card title={t("import.templateTitle")}>
          <p className="text-sm text-slate-600">{t("import.templateLead")}</p>
          <div className="mt-3">
            <TemplateLinks href="/merchant/skus/template" />
          </div>
          <h3 className="mt-5 text-sm font-semibold">{t("import.columnsTitle")}</h3>
          <dl className="mt-2 space-y-2 text-sm">
            {SKU_CSV_FIELDS.map((field) => (
              <div key={field}>
                <dt className="font-medium text-slate-800">
                  {SKU_CSV_COLUMN_NAMES[field][0]} / {SKU_CSV_COLUMN_NAMES[field][1]}
                </dt>
                <dd className="text-slate-600">{t(`import.columns.${field}`)}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
      <ImportHistory jobs={jobs} base="/merchant/skus/import" locale={locale} />
    </>
  );
}
