import { describe, expect, it } from "vitest";
import { formatPhone, parseMainlandPhone, phoneField } from "./phone";

describe("mainland phone numbers", () => {
  it("accepts a Chongqing landline in its international form, with spaces", () => {
    expect(phoneField.parse("+86 23 6000 0000")).toBe("+862360000000");
  });

  it("accepts national and international forms with spaces, dashes or none, and keeps E.164", () => {
    const cases: [string, string][] = [
      ["023-6000-0000", "+862360000000"],
      ["(023) 6000 0000", "+862360000000"],
      ["02368001234", "+862368001234"],
      ["010-12345678", "+861012345678"],
      ["138 0013 8000", "+8613800138000"],
      ["13800138000", "+8613800138000"],
      ["+86-138-0013-8000", "+8613800138000"],
      ["0086 138 0013 8000", "+8613800138000"],
      ["  +8613800138000  ", "+8613800138000"],
    ];
    for (const [typed, stored] of cases) expect(phoneField.parse(typed), typed).toBe(stored);
  });

  it("refuses what is not a mainland number, with the phone message", () => {
    for (const typed of [
      "12345",
      "phone",
      "138 0013 80001",
      "+86 12345678901",
      "+1 212 555 1234",
      "+852 2123 4567",
      "023-6000-0000 ext. 12",
      "call 13800138000",
    ]) {
      const result = phoneField.safeParse(typed);
      expect(result.success, typed).toBe(false);
      expect(
        result.error?.issues.map((i) => i.message),
        typed,
      ).toEqual(["phone"]);
    }
    expect(parseMainlandPhone("")).toBeNull();
  });

  it("shows the national form in Chinese and the international one in English", () => {
    expect(formatPhone("+862360000000", "zh-CN")).toBe("023 6000 0000");
    expect(formatPhone("+862360000000", "en")).toBe("+86 23 6000 0000");
    expect(formatPhone("+8613800138000", "zh-CN")).toBe("138 0013 8000");
    expect(formatPhone("+8613800138000", "en")).toBe("+86 138 0013 8000");
  });

  it("shows numbers stored before E.164 formatted too, and leaves text that is no number as it is", () => {
    expect(formatPhone("023-68001234", "en")).toBe("+86 23 6800 1234");
    expect(formatPhone("+86 13800138000", "zh-CN")).toBe("138 0013 8000");
    expect(formatPhone("12345", "en")).toBe("12345");
  });
});
