import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import type { Option } from "@/components/forms/fields";
import { LogoForm } from "@/components/profile/logo-form";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { loadProfileForm } from "@/lib/server/merchants/update-profile";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { hsChapterOptions } from "@/lib/reference/hs-chapters";
import { formatPhone } from "@/lib/validation/phone";
import { ProfileForm } from "./profile-form";
import { removeLogoAction, uploadLogoAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const user = await requireMerchantPage("/merchant/profile");
  const [t, locale, { merchant, platforms }] = await Promise.all([
    getTranslations("profile"),
    getUiLocale(),
    loadProfileForm(db, user.merchant.id),
  ]);
  const platformOptions: Option[] = platforms.map((p) => ({ value: p.id, label: localized(p, "name", locale) }));
  const chapterOptions: Option[] = hsChapterOptions(locale);
  const initial = {
    nameZh: merchant.nameZh,
    nameEn: merchant.nameEn,
    uscc: merchant.uscc,
    contactName: merchant.contactName,
    contactPhone: formatPhone(merchant.contactPhone, locale),
    platformIds: merchant.platforms.map((p) => p.platformId),
    hsChapters: merchant.categories.map((c) => c.hsChapter),
  };
  const logoUrl = merchant.logo ? `/api/merchants/${merchant.id}/logo?v=${merchant.logo.updatedAt.getTime()}` : null;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <ProfileForm
            initial={initial}
            platformOptions={platformOptions}
            chapterOptions={chapterOptions}
            identityReadOnly={user.membershipRole !== "OWNER"}
          />
        </Card>
        <Card title={t("logo.title")} className="self-start">
          <LogoForm
            logoUrl={logoUrl}
            alt={t("logo.alt", { company: localized(merchant, "name", locale) })}
            uploadAction={uploadLogoAction}
            removeAction={removeLogoAction}
          />
        </Card>
      </div>
    </>
  );
}
