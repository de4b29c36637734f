import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { cnyColumnScale, type ColumnScale } from "@/lib/i18n/column-scale";
import { numberFormat } from "@/lib/i18n/intl-cache";

/** A column's scale with its unit in words and the header that names it once ("2026 (billion CNY)"). */
export type NamedScale = ColumnScale & { unitLabel: string; header: (label: string) => string };

/**
 * The column scales of a page's figure tables and charts, in the reader's language: `cny(values)` picks one
 * unit and one number of decimals for a column of amounts in fen (see {@link cnyColumnScale}).
 */
export async function getFigureScales(locale: Locale) {
  const t = await getTranslations("figureScales");
  const name = (scale: ColumnScale): NamedScale => {
    const unitLabel = t(`units.${scale.unit}`);
    return { ...scale, unitLabel, header: (label) => t("withUnit", { label, unit: unitLabel }) };
  };
  return {
    cny: (fens: Iterable<number | bigint | null | undefined>) => name(cnyColumnScale(fens, locale)),
    /** A chart's value axis: its round ticks in one unit, said once above the axis. */
    cnyAxis: (ticks: number[]) => {
      const scale = cnyColumnScale(ticks, locale);
      const number = numberFormat(locale, { maximumFractionDigits: 2 });
      return { unit: t(`units.${scale.unit}`), format: (fen: number) => number.format(fen / scale.fenPerUnit) };
    },
    /** A table's caption naming the one unit of all its amounts ("Amounts in million CNY"). */
    amountsIn: (scale: NamedScale) => t("amountsIn", { unit: scale.unitLabel }),
    /** A table of exchange rates' caption: what a rate is. */
    ratesIn: () => t("ratesIn"),
    /** The label of a table box that scrolls sideways on a narrow screen. */
    scrollLabel: (table: string) => t("scrollRegion", { table }),
  };
}

export type FigureScales = Awaited<ReturnType<typeof getFigureScales>>;
