import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DEFAULT_LOW_STOCK_THRESHOLD } from "@/lib/validation/sku";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { saveSkuAction } from "../actions";
import { SkuForm } from "@/components/skus/sku-form";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { getSkuFormOptions } from "@/lib/server/skus/form-options";
import { getUiLocale } from "@/lib/i18n/server";

export async function generateMetadata() {
  const t = await getTranslations("skus.form");
  return { title: t("newTitle") };
}

export default async function NewSkuPage() {
  const user = await requireMerchantPage("/merchant/skus/new");
  const [t, tStatus, locale] = await Promise.all([
    getTranslations("skus"),
    getTranslations("status.warehouse"),
    getUiLocale(),
  ]);
  const options = await getSkuFormOptions(user.merchant.id, locale);
  const initial = {
    id: "",
    code: "",
    nameZh: "",
    nameEn: "",
    hsCode: "",
    originCountry: "CN",
    unitPrice: "",
    currency: "CNY",
    weightGrams: "",
    lowStockThreshold: String(DEFAULT_LOW_STOCK_THRESHOLD),
    markets: [],
    platforms: [],
    stock: {},
    status: "ACTIVE",
  };
  return (
    <>
      <Breadcrumbs items={[{ nav: "merchant.skus", href: "/merchant/skus" }, { label: t("form.newTitle") }]} />
      <div className="mt-2">
        <PageHeading title={t("form.newTitle")} lead={t("form.newLead")} />
      </div>
      <Card>
        <SkuForm
          action={saveSkuAction}
          initial={initial}
          choices={{ ...options, warehouseKinds: { BONDED: tStatus("BONDED"), GENERAL: tStatus("GENERAL") } }}
        />
      </Card>
    </>
  );
}
