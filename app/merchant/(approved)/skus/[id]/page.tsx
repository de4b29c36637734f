import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { skuLowStockThreshold } from "@/lib/server/merchants/home";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ConfirmAction } from "@/components/ui/confirm-dialog";
import { SkuForm } from "@/components/skus/sku-form";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { scopedNotFound } from "@/lib/server/observability/tenant-probe";
import { getSkuFormOptions } from "@/lib/server/skus/form-options";
import { getSkuById } from "@/lib/server/skus/get-sku";
import { getStockHistory } from "@/lib/server/skus/stock-history";
import { detailToData } from "@/lib/server/skus/list-skus";
import { displayPrice } from "@/lib/validation/sku";
import { getUiLocale } from "@/lib/i18n/server";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { archiveSkuAction, deleteSkuAction, restoreSkuAction, saveSkuAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("skus.form");
  return { title: t("editTitle") };
}

export default async function EditSkuPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireMerchantPage(`/merchant/skus/${id}`);
  // Another merchant's SKU id finds nothing: the not-found page, not the record.
  const sku = await getSkuById(db, user.merchant.id, id);
  if (!sku) return scopedNotFound(db, { kind: "sku", id, where: "page:/merchant/skus/[id]", userId: user.id });
  const [t, tc, tStatus, locale, history] = await Promise.all([
    getTranslations("skus"),
    getTranslations("common"),
    getTranslations("status.warehouse"),
    getUiLocale(),
    getStockHistory(db, user.merchant.id, sku.id),
  ]);
  const options = await getSkuFormOptions(user.merchant.id, locale);
  const d = detailToData(sku);
  const initial = {
    ...d,
    id: sku.id,
    unitPrice: displayPrice(d.unitPriceMinor, d.currency),
    weightGrams: String(d.weightGrams),
    lowStockThreshold: String(await skuLowStockThreshold(db, user.merchant.id, sku.id)),
    stock: Object.fromEntries(Object.entries(d.stock).map(([k, q]) => [k, String(q)])),
  };
  const archived = sku.status === "ARCHIVED";
  const confirm = { cancelLabel: tc("cancel"), pendingLabel: t("detail.working"), fields: { id: sku.id } };
  return (
    <>
      <Breadcrumbs items={[{ nav: "merchant.skus", href: "/merchant/skus" }, { label: sku.code }]} />
      <div className="mt-2">
        <PageHeading
          title={t("form.editTitle")}
          lead={<span className="font-mono">{sku.code}</span>}
          actions={<Badge tone={archived ? "neutral" : "good"}>{t(`status.${sku.status}`)}</Badge>}
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <SkuForm
            action={saveSkuAction}
            initial={initial}
            choices={{ ...options, warehouseKinds: { BONDED: tStatus("BONDED"), GENERAL: tStatus("GENERAL") } }}
          />
        </Card>
        <div className="space-y-6 self-start">
          <Card title={t("detail.statusTitle")}>
            <p className="mb-3 text-sm text-slate-600">
              {archived ? t("detail.archivedText") : t("detail.activeText")}
            </p>
            {archived ? (
              <ConfirmAction
                action={restoreSkuAction}
                label={t("detail.restore")}
                question={t("detail.restoreQuestion", { code: sku.code })}
                confirmLabel={t("detail.restore")}
                tone="primary"
                {...confirm}
              />
            ) : (
              <ConfirmAction
                action={archiveSkuAction}
                label={t("detail.archive")}
                question={t("detail.archiveQuestion", { code: sku.code })}
                confirmLabel={t("detail.archive")}
                {...confirm}
              />
            )}
            <div className="mt-4 border-t border-slate-200 pt-4">
              {sku._count.stockChanges ? (
                <p className="text-sm text-slate-600">{t("detail.keepsHistory")}</p>
              ) : (
                <ConfirmAction
                  action={deleteSkuAction}
                  label={t("detail.delete")}
                  question={t("detail.deleteQuestion", { code: sku.code })}
                  confirmLabel={t("detail.delete")}
                  {...confirm}
                />
              )}
            </div>
          </Card>
          <Card title={t("detail.historyTitle")}>
            {history.length ? (
              <ol className="space-y-2 text-sm">
                {history.map((h) => (
                  <li key={h.id}>
                    <p>
                      <span className="font-mono">{h.warehouseCode}</span> {h.delta > 0 ? "+" : ""}
                      {formatNumber(h.delta, locale)} → {formatNumber(h.quantityAfter, locale)}
                    </p>
                    <p className="text-xs text-slate-500">
                      {formatDateTime(h.createdAt, locale)} ·{" "}
                      {t(`detail.sources.${h.source === "csv" || h.source === "api" ? h.source : "form"}`)}
                    </p>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-600">{t("detail.noHistory")}</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
