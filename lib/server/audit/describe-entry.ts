import "server-only";
import { toCsv } from "@/lib/csv/write";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/server";
import { shanghaiStamp } from "@/lib/time/shanghai";
import { AUDIT_ACTIONS } from "./audit-actions";
import type { AuditRow } from "./search-audit";

/** The `auditLog` namespace's translator (next-intl's, narrowed to what this file calls). */
export type AuditTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

const known = new Set<string>(AUDIT_ACTIONS);

/** An action in the reader's language; an action this code does not know (an old one) as stored. */
export function actionLabel(t: AuditTranslator, action: string): string {
  return known.has(action) ? t(`actions.${action}`) : action;
}

const MAX_LIST = 10;

function showValue(value: unknown): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_LIST).map(showValue).join(", ");
    return value.length > MAX_LIST ? `${shown}, … (${value.length})` : shown;
  }
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * An entry's details as labelled pairs, in the reader's language where the
 * key is a common one. The company is left out: it has its own column.
 */
export function detailPairs(t: AuditTranslator, details: Record<string, unknown>) {
  return Object.entries(details)
    .filter(([key, value]) => key !== "merchantId" && value !== null && value !== undefined && value !== "")
    .map(([key, value]) => ({
      key,
      label: /^[A-Za-z]\w*$/.test(key) && t.has(`detailKeys.${key}`) ? t(`detailKeys.${key}`) : key,
      value: showValue(value),
    }));
}

const CSV_COLUMNS = [
  "time",
  "actorName",
  "actorEmail",
  "action",
  "actionCode",
  "entityType",
  "entityId",
  "company",
  "uscc",
  "reason",
  "details",
] as const;

/** The entries as the export's header and rows, in the reader's language (the time as an instant). */
export function auditTable(
  rows: AuditRow[],
  t: AuditTranslator,
  locale: Locale,
): { header: string[]; rows: (string | Date)[][] } {
  return {
    header: CSV_COLUMNS.map((c) => t(`csv.${c}`)),
    rows: rows.map((r) => [
      r.createdAt,
      r.actor?.name ?? t("system"),
      r.actor?.email ?? "",
      actionLabel(t, r.action),
      r.action,
      r.entityType,
      r.entityId,
      r.merchant ? localized(r.merchant, "name", locale) : "",
      r.merchant?.uscc ?? "",
      r.reason ?? "",
      detailPairs(t, r.details)
        .map((p) => `${p.label}: ${p.value}`)
        .join("; "),
    ]),
  };
}

/** The entries as a CSV document (BOM, formula-safe fields), in the reader's language. */
export function auditCsv(rows: AuditRow[], t: AuditTranslator, locale: Locale): string {
  const table = auditTable(rows, t, locale);
  return toCsv(
    table.header,
    table.rows.map((row) => row.map((v) => (v instanceof Date ? shanghaiStamp(v) : v))),
  );
}
