/**
 * An integer amount in minor units as a plain decimal string in major units,
 * exact (no float arithmetic on the digits): 12950 -> "129.50",
 * -120n -> "-1.20", (42n, 0) -> "42", (1234567n, 6) -> "1.234567".
 */
export function minorToDecimal(value: number | bigint, fractionDigits = 2): string {
  const negative = value < 0;
  const magnitude = typeof value === "bigint" ? (negative ? -value : value).toString() : String(Math.abs(value));
  const digits = magnitude.padStart(fractionDigits + 1, "0");
  const sign = negative ? "-" : "";
  if (fractionDigits === 0) return sign + digits;
  return `${sign}${digits.slice(0, -fractionDigits)}.${digits.slice(-fractionDigits)}`;
}

/** Why a typed amount was refused; each is a message key (see lib/i18n/messages/en/data-quality.json). */
export type AmountProblem = "format" | "decimals" | "ambiguousComma" | "scientificNotation" | "currencySignNotCny";

/** A number in scientific notation, as Excel shows a long one ("8.51822E+09"). */
export const SCIENTIFIC_NOTATION = /^[+-]?\d+(?:\.\d*)?[eE][+-]?\d+$/;

/**
 * Text as a person or a spreadsheet typed it, made comparable: NFKC turns
 * full-width digits, points and commas (１２３．００, ￥, ，) into their
 * ASCII forms and an ideographic space into a space; then trimmed.
 */
export function normalizeTyped(text: string): string {
  return text.normalize("NFKC").trim();
}

/**
 * A decimal amount typed by a person or a spreadsheet, in major units, as an
 * integer scaled by 10^fractionDigits, by string arithmetic (never a float).
 * The one reader of typed amounts: SKU prices and declaration amounts, in
 * forms and imports alike.
 * - Full-width input is read after NFKC ("１２３．００" is 123.00).
 * - A comma only separates thousands ("1,234.50"); any other comma ("12,5",
 *   which some would read as 12.5 and others as 125) is refused as ambiguous.
 *   A space may separate thousands the same way ("150 000.00").
 * - "¥12.00", "￥12.00" and "12.00元" are read when the currency is CNY, and
 *   refused otherwise (also when no currency is given).
 * - Scientific notation ("1.2E+05") is refused: Excel wrote it, not a person.
 * - Negative amounts are refused (format).
 */
export function parseAmount(
  raw: string,
  fractionDigits: number,
  currency?: string,
): { ok: true; value: bigint } | { ok: false; reason: AmountProblem } {
  let text = normalizeTyped(raw);
  const sign = /^¥\s*(.*)$/.exec(text) ?? /^(.*?)\s*元$/.exec(text);
  if (sign) {
    if (currency?.trim().toUpperCase() !== "CNY") return { ok: false, reason: "currencySignNotCny" };
    text = sign[1];
  }
  if (SCIENTIFIC_NOTATION.test(text)) return { ok: false, reason: "scientificNotation" };
  const separator = /[, ]/.exec(text)?.[0];
  if (separator) {
    const grouped = new RegExp(`^\\d{1,3}(?:${separator}\\d{3})+(?:\\.\\d*)?$`);
    if (!grouped.test(text)) {
      const commaIsTheOnlyProblem = /^[\d.]+$/.test(text.replace(/[, ]/g, ""));
      return { ok: false, reason: commaIsTheOnlyProblem && text.includes(",") ? "ambiguousComma" : "format" };
    }
    text = text.split(separator).join("");
  }
  const match = /^(\d{1,15})(?:\.(\d*))?$/.exec(text);
  if (!match) return { ok: false, reason: "format" };
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  if (fraction.length > fractionDigits) return { ok: false, reason: "decimals" };
  const scale = 10n ** BigInt(fractionDigits);
  return { ok: true, value: BigInt(match[1]) * scale + BigInt(fraction.padEnd(fractionDigits, "0") || "0") };
}
