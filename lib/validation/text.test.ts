import { describe, expect, it } from "vitest";
import { optionalRecordId, plainText, recordId, requiredText } from "./text";

describe("text fields", () => {
  it("keep Chinese, tabs and line breaks, and trim the ends", () => {
    expect(requiredText(50).parse("  重庆西永\t微电子\n产业园  ")).toBe("重庆西永\t微电子\n产业园");
  });

  it("refuse NUL and the other control characters", () => {
    for (const bad of ["\u0000", "a\u0000b", "x\u0007", "\u001B[31m", "del\u007F"]) {
      expect(
        plainText(50)
          .safeParse(bad)
          .error?.issues.map((i) => i.message),
      ).toEqual(["controlCharacters"]);
    }
  });

  it("keep their length and required rules", () => {
    expect(requiredText(3).safeParse("   ").error?.issues[0].message).toBe("required");
    expect(plainText(3).safeParse("四个汉字").error?.issues[0].message).toBe("tooLong");
  });
});

describe("record ids", () => {
  it("take cuids and slugs, and refuse anything else with the given message", () => {
    expect(recordId().parse("cm3x9z0a10000qz8h2k4d5f6g")).toBe("cm3x9z0a10000qz8h2k4d5f6g");
    expect(recordId().parse("no-such_park")).toBe("no-such_park");
    for (const bad of ["", "a\u0000", "a b", "x".repeat(65), "../etc"]) {
      expect(recordId("zone").safeParse(bad).error?.issues[0].message).toBe("zone");
    }
  });

  it("may be left empty where optional", () => {
    expect(optionalRecordId().parse(undefined)).toBe("");
    expect(optionalRecordId().parse(" ")).toBe("");
    expect(optionalRecordId().safeParse("\u0000").success).toBe(false);
  });
});
