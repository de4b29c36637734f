import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { DeclarationForm } from "@/components/declarations/declaration-form";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { getDeclarationFormOptions } from "@/lib/server/declarations/form-options";
import { shanghaiDay } from "@/lib/time/shanghai";
import { CUSTOMS_MODES, DIRECTIONS } from "@/lib/validation/declaration";
import { getUiLocale } from "@/lib/i18n/server";
import { createDeclarationAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("declarations");
  return { title: t("newTitle") };
}

export default async function NewDeclarationPage() {
  const user = await requireMerchantPage("/merchant/declarations/new");
  const [t, locale] = await Promise.all([getTranslations(), getUiLocale()]);
  const options = await getDeclarationFormOptions(user.merchant.id, locale, {
    ownPlatforms: t("declarations.fields.ownPlatforms"),
    otherPlatforms: t("declarations.fields.otherPlatforms"),
  });
  return (
    <>
      <Breadcrumbs
        items={[
          { nav: "merchant.declarations", href: "/merchant/declarations" },
          { label: t("declarations.newTitle") },
        ]}
      />
      <PageHeading
        title={t("declarations.newTitle")}
        lead={t("declarations.newLead")}
        actions={
          <Link href="/merchant/declarations" className="text-sm text-brand-700 underline">
            {t("declarations.back")}
          </Link>
        }
      />
      <Card>
        <p className="mb-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("declarations.rules")}
        </p>
        <DeclarationForm
          action={createDeclarationAction}
          today={shanghaiDay(new Date())}
          options={{
            ...options,
            modeOptions: CUSTOMS_MODES.map((m) => ({ value: m, label: t(`customsModes.${m}`) })),
            directionOptions: DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) })),
          }}
        />
      </Card>
    </>
  );
}
