import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { ImportProgress } from "@/components/imports/import-progress";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { getImportJob, importJobView } from "@/lib/server/imports/jobs";
import { DECLARATION_IMPORT_KIND } from "@/lib/server/declarations/import-declarations";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("declarations.importPage");
  return { title: t("title") };
}

export default async function DeclarationImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const user = await requireMerchantPage(`/merchant/declarations/import/${jobId}`);
  const job = await getImportJob(db, user.merchant.id, jobId, DECLARATION_IMPORT_KIND);
  if (!job) notFound();
  const [t, locale] = await Promise.all([getTranslations("declarations"), getUiLocale()]);
  const base = `/merchant/declarations/import/${job.id}`;
  return (
    <>
      <Link href="/merchant/declarations/import" className="text-sm text-brand-700 underline">
        ← {t("importPage.title")}
      </Link>
      <div className="mt-2">
        <PageHeading title={t("importPage.title")} />
      </div>
      <Card>
        <ImportProgress
          initial={importJobView(job, locale)}
          statusUrl={`${base}/status`}
          reportUrl={`${base}/report`}
          done={{ href: "/merchant/declarations", label: t("back") }}
          againHref="/merchant/declarations/import"
        />
      </Card>
    </>
  );
}
