import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { ImportForm } from "@/components/declarations/import-form";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { DECLARATION_IMPORT_MAX_ROWS } from "@/lib/server/declarations/import-declarations";
import { importDeclarationsAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("declarations.importPage");
  return { title: t("title") };
}

export default async function ImportDeclarationsPage() {
  await requireMerchantPage("/merchant/declarations/import");
  const t = await getTranslations("declarations");
  return (
    <>
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
          <ImportForm action={importDeclarationsAction} max={DECLARATION_IMPORT_MAX_ROWS} />
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
    </>
  );
}
