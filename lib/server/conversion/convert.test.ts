import { describe, expect, it } from "vitest";
import { parseDecimal } from "@/lib/validation/declaration";
import { minorToDecimal } from "@/lib/validation/decimal";
import { exceedsMarketProcurementCap, fromFen, toFen, toUsdCents } from "./convert";
import { referenceRates } from "./reference-rates";

const USD = 7_200_000n; // 7.2 CNY per USD
const EUR = 7_800_000n; // 7.8 CNY per EUR
const JPY = 48_000n; // 0.048 CNY per JPY (no minor unit)

describe("conversion to CNY with the month's rate", () => {
  it("turns minor units of any currency into fen, exactly and rounded half up", () => {
    expect(toFen(100n, "USD", USD)).toBe(720n); // 1.00 USD = 7.20 CNY
    expect(toFen(17_400_000_000n, "USD", 7_183_908n)).toBe(124_999_999_200n); // 174 million USD ≈ 1.25 billion CNY
    expect(toFen(1_000n, "JPY", JPY)).toBe(4_800n); // 1,000 JPY = 48.00 CNY
    expect(toFen(1n, "EUR", 7_805_000n)).toBe(8n); // 0.07805 CNY rounds up to 0.08
    expect(toFen(1n, "EUR", 7_849_999n)).toBe(8n);
    expect(toFen(123_456n, "CNY", 1n)).toBe(123_456n); // CNY needs no rate
  });

  it("goes back from fen for the seed without drifting", () => {
    for (const v of [1n, 99n, 12_345_678n, 9_999_999_999n])
      expect(toFen(fromFen(toFen(v, "USD", USD), "USD", USD), "USD", USD)).toBe(toFen(v, "USD", USD));
  });

  it("checks the article: 174 million USD at the seeded 2023 rates is about 1.25 billion CNY", () => {
    const usd2023 = referenceRates("2023-12").filter((r) => r.currency === "USD");
    const average = usd2023.reduce((s, r) => s + r.cnyPerUnitMicros, 0n) / BigInt(usd2023.length);
    const cny = toFen(17_400_000_000n, "USD", average);
    expect(Number(cny) / 1e11).toBeGreaterThan(1.2);
    expect(Number(cny) / 1e11).toBeLessThan(1.28);
  });

  it("parses typed amounts without floats and writes them back", () => {
    expect(parseDecimal("150,000.00", 2)).toBe(15_000_000n);
    expect(parseDecimal(" 0.1 ", 2)).toBe(10n);
    expect(parseDecimal("1.005", 2)).toBeNull();
    expect(parseDecimal("1e5", 2)).toBeNull();
    expect(parseDecimal("-3", 2)).toBeNull();
    expect(parseDecimal("7.1884", 6)).toBe(7_188_400n);
    expect(minorToDecimal(15_000_001n)).toBe("150000.01");
    expect(minorToDecimal(5n)).toBe("0.05");
    expect(minorToDecimal(-120n)).toBe("-1.20");
    expect(minorToDecimal(42n, 0)).toBe("42");
  });
});

describe("the 150,000 USD cap on a market procurement (1039) declaration", () => {
  it("allows just under and exactly 150,000 USD, refuses a cent more", () => {
    expect(exceedsMarketProcurementCap(14_999_999n, "USD", USD, USD)).toBe(false);
    expect(exceedsMarketProcurementCap(15_000_000n, "USD", USD, USD)).toBe(false);
    expect(exceedsMarketProcurementCap(15_000_001n, "USD", USD, USD)).toBe(true);
  });

  it("converts other currencies through CNY with that month's rates", () => {
    // 150,000 USD at 7.2 = 1,080,000 CNY = 138,461.538... EUR at 7.8.
    expect(exceedsMarketProcurementCap(13_846_153n, "EUR", EUR, USD)).toBe(false);
    expect(exceedsMarketProcurementCap(13_846_154n, "EUR", EUR, USD)).toBe(true);
    expect(exceedsMarketProcurementCap(108_000_000n, "CNY", 1_000_000n, USD)).toBe(false);
    expect(exceedsMarketProcurementCap(108_000_001n, "CNY", 1_000_000n, USD)).toBe(true);
    expect(exceedsMarketProcurementCap(22_500_000n, "JPY", JPY, USD)).toBe(false); // 1,080,000 CNY exactly
    expect(exceedsMarketProcurementCap(22_500_001n, "JPY", JPY, USD)).toBe(true);
    // A stronger dollar that month lets more euros through.
    expect(exceedsMarketProcurementCap(13_846_154n, "EUR", EUR, 7_300_000n)).toBe(false);
  });

  it("states the amount in US dollars for the message", () => {
    expect(toUsdCents(13_846_154n, "EUR", EUR, USD)).toBe(15_000_000n);
    expect(toUsdCents(108_720_000n, "CNY", 1_000_000n, USD)).toBe(15_100_000n);
  });
});
