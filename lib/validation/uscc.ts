// The 18-character unified social credit code (统一社会信用代码), GB 32100-2015.
//
//   position 1      registration authority code (登记管理部门代码)
//   position 2      entity type code (机构类别代码)
//   positions 3–8   administrative division code (登记管理机关行政区划码), 6 digits
//   positions 9–17  organization code (主体标识码, GB 11714)
//   position 18     check character
//
// Every character is a digit or one of the 21 upper-case letters that exclude
// I, O, S, V and Z. The check character is C18 = 31 − (Σ value(Ci)·Wi mod 31),
// with value = index in USCC_ALPHABET and 31 mapped to "0".
//
// validateUscc checks length, character set and check character only; it does
// not check that positions 3–8 are digits or that the authority/type codes are
// assigned ones.

/** The 31 characters of the code, in value order (value = index). */
export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const VALUE: ReadonlyMap<string, number> = new Map([...USCC_ALPHABET].map((c, i) => [c, i]));

export type UsccResult = { ok: true; value: string } | { ok: false; reason: "length" | "charset" | "checkDigit" };

/**
 * The check character for the first 17 characters of a code. Throws if the
 * input is not exactly 17 characters of USCC_ALPHABET (upper case).
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError(`usccCheckChar needs 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = VALUE.get(first17[i]);
    if (value === undefined) {
      throw new RangeError(`Invalid USCC character ${JSON.stringify(first17[i])} at position ${i + 1}`);
    }
    sum += value * WEIGHTS[i];
  }
  const check = 31 - (sum % 31);
  return check === 31 ? "0" : USCC_ALPHABET[check];
}

/** Validates a code after trimming and upper-casing it; on success `value` is the normalised code. */
export function validateUscc(input: string): UsccResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, reason: "length" };
  for (const c of value) {
    if (!VALUE.has(c)) return { ok: false, reason: "charset" };
  }
  if (usccCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, reason: "checkDigit" };
  return { ok: true, value };
}

export function isValidUscc(s: string): boolean {
  return validateUscc(s).ok;
}
