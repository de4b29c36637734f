import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportJobPanel } from "@/components/imports/import-job-panel";
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
  return (
    <ImportJobPanel
      job={importJobView(job, locale)}
      base="/merchant/declarations/import"
      title={t("importPage.title")}
      backLabel={t("importPage.title")}
      done={{ href: "/merchant/declarations", label: t("back") }}
    />
  );
}
