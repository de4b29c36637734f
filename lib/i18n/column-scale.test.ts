import { describe, expect, it } from "vitest";
import { cnyColumnScale, formatRate, rateColumnDigits } from "./column-scale";

/** Yuan to fen. */
const fen = (yuan: number) => Math.round(yuan * 100);

describe("one scale per column of CNY amounts", () => {
  it("puts 960.55 million and 1.49 billion CNY in one unit with the same decimals", () => {
    const scale = cnyColumnScale([fen(1.49e9), fen(960.55e6)], "en");
    expect(scale.unit).toBe("million");
    expect(scale.digits).toBe(0);
    expect([fen(1.49e9), fen(960.55e6)].map(scale.format)).toEqual(["1,490", "961"]);
  });

  it("puts 740万元 among 9.69亿元 in 亿元 with two decimals", () => {
    const scale = cnyColumnScale([fen(9.69e8), fen(7.4e6), null], "zh-CN");
    expect(scale.unit).toBe("yi");
    expect(scale.digits).toBe(2);
    expect([fen(9.69e8), fen(7.4e6)].map(scale.format)).toEqual(["9.69", "0.07"]);
  });

  it("keeps at most four digits before the point, the next unit up past them", () => {
    expect(cnyColumnScale([fen(33.07e9), fen(2.2e9)], "en")).toMatchObject({ unit: "billion", digits: 2 });
    expect(cnyColumnScale([fen(9_999e6)], "en")).toMatchObject({ unit: "million", digits: 0 });
    expect(cnyColumnScale([fen(330.7e8)], "zh-CN")).toMatchObject({ unit: "yi", digits: 1 });
    expect(cnyColumnScale([fen(5_000e4), fen(50e4)], "zh-CN")).toMatchObject({ unit: "wan", digits: 0 });
    expect(cnyColumnScale([fen(512.5)], "en")).toMatchObject({ unit: "cny", digits: 1 });
    expect(cnyColumnScale([], "zh-CN")).toMatchObject({ unit: "yuan", digits: 2 });
  });

  it("adds decimals rather than show a non-zero amount as 0, and says <0.01 past two", () => {
    const scale = cnyColumnScale([fen(5_000e4), fen(3_000)], "zh-CN");
    expect(scale).toMatchObject({ unit: "wan", digits: 1 });
    expect(scale.format(fen(3_000))).toBe("0.3");
    const tiny = cnyColumnScale([fen(2e9), fen(10_000)], "en");
    expect(tiny).toMatchObject({ unit: "million", digits: 2 });
    expect(tiny.format(fen(1_000))).toBe("<0.01");
    expect(tiny.format(0)).toBe("0.00");
  });

  it("formats every cell of a column with the same number of decimals", () => {
    const values = [fen(14.63e9), fen(2.2e9), fen(5e9)];
    const scale = cnyColumnScale(values, "en");
    expect(values.map(scale.format)).toEqual(["14.63", "2.20", "5.00"]);
  });
});

describe("exchange rates", () => {
  it("reads four decimals, or more when the column's smallest rate needs them for four significant digits", () => {
    expect(rateColumnDigits([7.0515, 7.1884])).toBe(4);
    expect(rateColumnDigits([4.662452, 4.7])).toBe(4);
    expect(rateColumnDigits([0.047512, 0.051])).toBe(5);
    expect(rateColumnDigits([0.0047512])).toBe(6);
    expect(rateColumnDigits([null, undefined])).toBe(4);
    expect(formatRate(4.662452, 4, "en")).toBe("4.6625");
    expect(formatRate(7.05, 4, "zh-CN")).toBe("7.0500");
  });
});
