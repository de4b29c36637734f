import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { ImportProgress } from "@/components/imports/import-progress";
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
  const base = `/merchant/skus/import/${job.id}`;
  return (
    <>
      <Link href="/merchant/skus/import" className="text-sm text-brand-700 underline">
        ← {t("import.back")}
      </Link>
      <div className="mt-2">
        <PageHeading title={t("import.jobTitle")} />
      </div>
      <Card>
        <ImportProgress
          initial={importJobView(job, locale)}
          statusUrl={`${base}/status`}
          reportUrl={`${base}/report`}
          done={{ href: "/merchant/skus", label: t("import.viewList") }}
          againHref="/merchant/skus/import"
        />
      </Card>
    </>
  );
}
