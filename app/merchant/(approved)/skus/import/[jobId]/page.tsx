import { getTranslations } from "next-intl/server";
import { ImportJobPanel } from "@/components/imports/import-job-panel";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { importJobView } from "@/lib/server/imports/jobs";
import { ownImportJobForPage } from "@/lib/server/imports/job-routes";
import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("skus.import");
  return { title: t("jobTitle") };
}

export default async function SkuImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const job = await ownImportJobForPage(jobId, { kind: SKU_IMPORT_KIND, base: "/merchant/skus/import" });
  const [t, locale] = await Promise.all([getTranslations("skus"), getUiLocale()]);
  return (
    <>
      <Breadcrumbs
        items={[
          { nav: "merchant.skus", href: "/merchant/skus" },
          { label: t("import.title"), href: "/merchant/skus/import" },
          { label: job.fileName },
        ]}
      />
      <ImportJobPanel
        job={importJobView(job, locale)}
        base="/merchant/skus/import"
        title={t("import.jobTitle")}
        backLabel={t("import.back")}
        done={{ href: "/merchant/skus", label: t("import.viewList") }}
      />
    </>
  );
}
