import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportJobPanel } from "@/components/imports/import-job-panel";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { getImportJob, importJobView } from "@/lib/server/imports/jobs";
import { SKU_IMPORT_KIND } from "@/lib/server/skus/import-skus";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("skus.import");
  return { title: t("jobTitle") };
}

export default async function SkuImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const user = await requireMerchantPage(`/merchant/skus/import/${jobId}`);
  const job = await getImportJob(db, user.merchant.id, jobId, SKU_IMPORT_KIND);
  if (!job) notFound();
  const [t, locale] = await Promise.all([getTranslations("skus"), getUiLocale()]);
  return (
    <ImportJobPanel
      job={importJobView(job, locale)}
      base="/merchant/skus/import"
      title={t("import.jobTitle")}
      backLabel={t("import.back")}
      done={{ href: "/merchant/skus", label: t("import.viewList") }}
    />
  );
}
