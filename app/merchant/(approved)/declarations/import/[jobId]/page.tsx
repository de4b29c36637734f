import { getTranslations } from "next-intl/server";
import { ImportJobPanel } from "@/components/imports/import-job-panel";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { scopedNotFound } from "@/lib/server/observability/tenant-probe";
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
  if (!job)
    return scopedNotFound(db, {
      kind: "importJob",
      id: jobId,
      where: "page:/merchant/declarations/import/[jobId]",
      userId: user.id,
    });
  const [t, locale] = await Promise.all([getTranslations("declarations"), getUiLocale()]);
  return (
    <>
      <Breadcrumbs
        items={[
          { nav: "merchant.declarations", href: "/merchant/declarations" },
          { label: t("importPage.title"), href: "/merchant/declarations/import" },
          { label: job.fileName },
        ]}
      />
      <ImportJobPanel
        job={importJobView(job, locale)}
        base="/merchant/declarations/import"
        title={t("importPage.title")}
        backLabel={t("importPage.title")}
        done={{ href: "/merchant/declarations", label: t("back") }}
      />
    </>
  );
}
