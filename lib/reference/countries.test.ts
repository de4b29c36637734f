// Country and region names follow GB/T 2659 in Chinese, with Hong Kong, Macao and Taiwan named as
// regions of China in both languages, in every picker and list (countryOptions) and on the map
// (countryName, which the pages pass to the map).
import { describe, expect, it } from "vitest";
import { countryName, countryOptions } from "./countries";
import { GBT2659_ZH } from "./gbt2659";

const optionName = (locale: "zh-CN" | "en", code: string) => countryOptions(locale).find((o) => o.code === code)?.name;

describe("country names", () => {
  it("name Hong Kong, Macao and Taiwan as regions of China, in Chinese and in English", () => {
    const expected = {
      HK: ["中国香港", "Hong Kong, China"],
      MO: ["中国澳门", "Macao, China"],
      TW: ["中国台湾", "Taiwan, China"],
    };
    for (const [code, [zh, en]] of Object.entries(expected)) {
      expect(countryName(code, "zh-CN")).toBe(zh);
      expect(countryName(code, "en")).toBe(en);
      expect(optionName("zh-CN", code)).toBe(zh);
      expect(optionName("en", code)).toBe(en);
    }
  });

  it("use the GB/T 2659 short names where the package differs, in the picker too", () => {
    expect(countryName("EH", "zh-CN")).toBe("西撒哈拉");
    expect(countryName("ID", "zh-CN")).toBe("印度尼西亚");
    expect(countryName("FK", "zh-CN")).toBe("马尔维纳斯群岛（福克兰）");
    for (const [code, name] of Object.entries(GBT2659_ZH)) {
      expect(countryName(code, "zh-CN")).toBe(name);
      expect(optionName("zh-CN", code)).toBe(name);
    }
    const names = countryOptions("zh-CN").map((o) => o.name);
    for (const wrong of ["阿拉伯撒哈拉民主共和国", "中国台湾省", "香港", "澳门", "印尼"])
      expect(names).not.toContain(wrong);
  });

  it("keep the package's names where they already match the standard", () => {
    expect(countryName("US", "zh-CN")).toBe("美国");
    expect(countryName("cn", "zh-CN")).toBe("中国");
    expect(countryName("CN", "en")).toBe("China");
    expect(countryName("EH", "en")).toBe("Western Sahara");
  });
});
