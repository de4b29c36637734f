import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { getOwnMerchant } from "@/lib/server/merchants/get-merchant-home";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { hsChapterName } from "@/lib/reference/hs-chapters";
import { formatCnyCompact } from "@/lib/i18n/format";
import { formatPhone } from "@/lib/validation/phone";
import { getMerchantYearTotal } from "@/lib/server/declarations/get-merchant-figures";
import { monthParts } from "@/lib/time/months";
import { monthOf } from "@/lib/time/shanghai";

export async function generateMetadata() {
  const t = await getTranslations("merchant");
  return { title: t("title") };
}

export default async function MerchantHome() {
  const user = await requireMerchantPage("/merchant");
  const year = monthParts(monthOf(new Date())).year;
  const [t, locale, merchant, declared] = await Promise.all([
    getTranslations(),
    getUiLocale(),
    getOwnMerchant(user.merchant.id),
    getMerchantYearTotal(user.merchant.id, year),
  ]);
  return (
    <>
      <PageHeading title={localized(merchant, "name", locale)} lead={t("merchant.welcome", { name: user.name })} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("merchant.company")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("merchant.uscc")}</dt>
            <dd className="font-mono">{merchant.uscc}</dd>
            <dt className="text-slate-600">{t("merchant.park")}</dt>
            <dd>{localized(merchant.park, "name", locale)}</dd>
            <dt className="text-slate-600">{t("merchant.verification")}</dt>
            <dd>
              <Badge tone="good">{t(`status.verification.${merchant.verificationStatus}`)}</Badge>
            </dd>
            <dt className="text-slate-600">{t("merchant.yourRole")}</dt>
            <dd>{user.membershipRole ? t(`roles.${user.membershipRole}`) : "—"}</dd>
            <dt className="text-slate-600">{t("merchant.contact")}</dt>
            <dd>
              {merchant.contactName} · {formatPhone(merchant.contactPhone, locale)}
            </dd>
          </dl>
        </Card>
        <Card title={t("merchant.platforms")}>
          <ul className="flex flex-wrap gap-2">
            {merchant.platforms.map(({ platform }) => (
              <li key={platform.id}>
                <Badge tone="info">{localized(platform, "name", locale)}</Badge>
              </li>
            ))}
          </ul>
          <h3 className="mt-4 mb-2 text-sm font-semibold">{t("merchant.categories")}</h3>
          <ul className="space-y-1 text-sm text-slate-700">
            {merchant.categories.map((c) => (
              <li key={c.hsChapter}>
                <span className="font-mono">{c.hsChapter}</span> {hsChapterName(c.hsChapter, locale)}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("declarations.home.title")}>
          <p className="text-sm text-slate-600">{t("declarations.home.total", { year })}</p>
          <p className="mt-1 text-2xl font-semibold text-brand-800 tabular-nums">
            {formatCnyCompact(declared.value, locale)}
          </p>
          <p className="mt-1 text-sm text-slate-600">{t("declarations.home.count", { count: declared.count })}</p>
          <Link href="/merchant/declarations" className="mt-3 inline-block text-sm text-brand-700 underline">
            {t("declarations.home.open")}
          </Link>
        </Card>
      </div>
    </>
  );
}
