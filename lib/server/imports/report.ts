// Not server-only: the seed and `npm run bench` run this outside Next.js too.
import { createTranslator } from "next-intl";
import { parseCsv } from "@/lib/csv/parse";
import { csvLine, toCsv } from "@/lib/csv/write";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";

/**
 * One problem of an import: the row in the file (the header is row 1), the
 * column as the file names it, a message key qualified by its namespace
 * ("skuValidation.hsCode") and the value it is about, which fills {value}.
 */
export type ImportIssue = {
  row: number;
  column: string;
  message: string;
  value?: string;
  /** Further placeholders of the message besides {value} ("{currency}", "{month}"). */
  params?: Record<string, string>;
};

const STORED_HEADER = ["row", "column", "message", "value", "params"] as const;

/** Issues as the CSV text kept in ImportJob.errorReport (keys, not texts, so each reader gets their language). */
export function serializeIssues(issues: readonly ImportIssue[]): string {
  let out = csvLine(STORED_HEADER);
  for (const i of issues)
    out += csvLine([i.row, i.column, i.message, i.value ?? "", i.params ? JSON.stringify(i.params) : ""]);
  return out;
}

export function parseIssues(text: string | null | undefined): ImportIssue[] {
  if (!text) return [];
  return parseCsv(text).rows.map(([row, column, message, value, stored]) => {
    const params = readParams(stored);
    return {
      row: Number(row) || 0,
      column: column ?? "",
      message: message ?? "",
      value: value || undefined,
      ...(params ? { params } : {}),
    };
  });
}

function readParams(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  } catch {
    return undefined;
  }
}

/** The issue's message in a language; an unknown key reads as "invalid". */
export function issueTranslator(locale: Locale) {
  const t = createTranslator({ locale, messages: loadMessages(locale) }) as unknown as {
    (key: string, params?: Record<string, string>): string;
    has(key: string): boolean;
  };
  return (issue: Pick<ImportIssue, "message" | "value" | "params">) =>
    t.has(issue.message) ? t(issue.message, { ...issue.params, value: issue.value ?? "" }) : t("validation.invalid");
}

/** The report a user downloads: their language's headings and messages, with a BOM for Excel. */
export function issuesToCsv(issues: readonly ImportIssue[], locale: Locale): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "imports.report" });
  const message = issueTranslator(locale);
  return toCsv(
    [t("row"), t("column"), t("message"), t("value")],
    issues.map((i) => [i.row, i.column, message(i), i.value ?? ""]),
  );
}
