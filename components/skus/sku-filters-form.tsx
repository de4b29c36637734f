import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HS_CHAPTERS } from "@/lib/reference/hs-chapters";
import { getUiLocale } from "@/lib/i18n/server";
import { SKU_SORTS, type SkuListParams } from "@/lib/validation/sku";
import type { SkuFormOptions } from "@/lib/server/skus/form-options";

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** The list's search, filters and sort: a GET form, so every view has its own URL. */
export async function SkuFiltersForm({ params, options }: { params: SkuListParams; options: SkuFormOptions }) {
  const [t, locale] = await Promise.all([getTranslations("skus.filters"), getUiLocale()]);
  return (
    <form method="get" action="/merchant/skus" className="mb-6 rounded-lg border border-slate-200 bg-white p-4" aria-label={t("legend")}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className="text-sm font-medium">{t("q")}</label>
          <input id="f-q" type="search" name="q" defaultValue={params.q} maxLength={100} placeholder={t("qPlaceholder")} className={input} />
        </div>
        <div>
          <label htmlFor="f-market" className="text-sm font-medium">{t("market")}</label>
          <select id="f-market" name="market" defaultValue={params.market ?? ""} className={input}>
            <option value="">{t("all")}</option>
            {options.countries.map((c) => (
              <option key={c.code} value={c.code}>{c.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-chapter" className="text-sm font-medium">{t("chapter")}</label>
          <select id="f-chapter" name="chapter" defaultValue={params.chapter ?? ""} className={input}>
            <option value="">{t("all")}</option>
            {HS_CHAPTERS.filter((c) => c.code !== "77").map((c) => (
              <option key={c.code} value={c.code}>{`${c.code} ${locale === "zh-CN" ? c.nameZh : c.nameEn}`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-warehouse" className="text-sm font-medium">{t("warehouse")}</label>
          <select id="f-warehouse" name="warehouse" defaultValue={params.warehouse ?? ""} className={input}>
            <option value="">{t("all")}</option>
            {options.warehouses.map((w) => (
              <option key={w.code} value={w.code}>{w.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className="text-sm font-medium">{t("status")}</label>
          <select id="f-status" name="status" defaultValue={params.status} className={input}>
            {(["ACTIVE", "ARCHIVED", "ALL"] as const).map((s) => (
              <option key={s} value={s}>{t(`statuses.${s}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-sort" className="text-sm font-medium">{t("sort")}</label>
          <select id="f-sort" name="sort" defaultValue={params.sort} className={input}>
            {SKU_SORTS.map((s) => (
              <option key={s} value={s}>{t(`sorts.${s.replace("-", "desc_")}`)}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {t("apply")}
          </button>
          <Link href="/merchant/skus" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
            {t("reset")}
          </Link>
        </div>
      </div>
    </form>
  );
}
