import { getTranslations } from "next-intl/server";
import { ImportJobPanel } from "@/components/imports/import-job-panel";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { importJobView } from "@/lib/server/imports/jobs";
import { ownImportJobForPage } from "@/lib/server/imports/job-routes";
import { DECLARATION_IMPORT_KIND } from "@/lib/server/declarations/import-declarations";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("declarations.importPage");
  return { title: t("title") };
}

export default async function DeclarationImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const job = await ownImportJobForPage(jobId, {
    kind: DECLARATION_IMPORT_KIND,
    base: "/merchant/declarations/import",
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
