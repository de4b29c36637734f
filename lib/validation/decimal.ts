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
