// ISO 4217 currencies from the currency-codes package. Amounts are stored as
// integers in the currency's minor unit; currencyMinorDigits says how many.
import cc from "currency-codes";

/** All ISO 4217 alphabetic codes, sorted. */
export const CURRENCY_CODES: readonly string[] = Object.freeze([...new Set(cc.codes())].sort());

const codeSet: ReadonlySet<string> = new Set(CURRENCY_CODES);

/** True for an upper-case ISO 4217 code ("CNY", "USD"). */
export function isCurrencyCode(code: string): boolean {
  return codeSet.has(code);
}

/** Minor-unit digits by code, read once (the package looks a code up by a linear search). */
const digitsByCode: ReadonlyMap<string, number> = new Map(
  CURRENCY_CODES.flatMap((code) => {
    const digits = cc.code(code)?.digits;
    return Number.isInteger(digits) ? [[code, digits as number] as const] : [];
  }),
);

/**
 * Digits of the minor unit: CNY 2 (fen), USD 2 (cents), JPY 0, KWD 3.
 * Throws a RangeError for a code that is not ISO 4217, so an amount is never
 * scaled with a guessed exponent.
 */
export function currencyMinorDigits(code: string): number {
  const digits = digitsByCode.get(code);
  if (digits === undefined) throw new RangeError(`Unknown ISO 4217 currency code: ${JSON.stringify(code)}`);
  return digits;
}
