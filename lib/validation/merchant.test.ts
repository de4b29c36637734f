import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProfileUpdate, Registration, Resubmission } from "./merchant";
import { usccCheckChar } from "./uscc";

const valid = {
  nameZh: "重庆测试电子科技有限公司",
  nameEn: "Chongqing Test Electronics Co., Ltd.",
  uscc: "91350100M000100Y43",
  parkId: "park_1",
  platformIds: ["p1", "p2"],
  hsChapters: ["85", "84"],
  contactName: "李雷",
  contactPhone: "13800138000",
  email: "Owner@Example.com ",
  password: "a long enough passphrase",
};

/** The first problem of each field, as the forms show it. */
const codes = (r: ReturnType<typeof Registration.safeParse>) =>
  r.success ? {} : Object.fromEntries(r.error.issues.toReversed().map((i) => [String(i.path[0]), i.message]));

describe("Registration", () => {
  it("accepts a complete registration and normalises it", () => {
    const r = Registration.parse(valid);
    expect(r.email).toBe("owner@example.com");
    expect(r.hsChapters).toEqual(["84", "85"]);
  });

  it("names the problem of each bad field", () => {
    const r = Registration.safeParse({
      ...valid,
      nameZh: " ",
      uscc: "91350100M000100Y44",
      platformIds: [],
      contactPhone: "12345",
      email: "not-an-email",
      password: "short",
      hsChapters: ["77"],
    });
    expect(codes(r)).toEqual({
      nameZh: "required",
      uscc: "uscc_checkDigit",
      platformIds: "platformsRequired",
      contactPhone: "phone",
      email: "email",
      password: "passwordTooShort",
      hsChapters: "hsChapter",
    });
  });

  it("tells a wrong length and a forbidden letter apart from a wrong check digit", () => {
    expect(codes(Registration.safeParse({ ...valid, uscc: "91350100M000100Y4" })).uscc).toBe("uscc_length");
    expect(codes(Registration.safeParse({ ...valid, uscc: "91350100M000100O43" })).uscc).toBe("uscc_charset");
    expect(codes(Registration.safeParse({ ...valid, uscc: "" })).uscc).toBe("required");
  });

  it("accepts a lower-case code with spaces around it", () => {
    expect(Registration.parse({ ...valid, uscc: " 91350100m000100y43 " }).uscc).toBe("91350100M000100Y43");
  });

  it("needs passwords of at least 12 characters", () => {
    expect(codes(Registration.safeParse({ ...valid, password: "river stone" })).password).toBe("passwordTooShort");
    expect(codes(Registration.safeParse({ ...valid, password: "重庆跨境电商园区北碚" })).password).toBe(
      "passwordTooShort",
    );
    expect(Registration.safeParse({ ...valid, password: "river stones" }).success).toBe(true);
    expect(Registration.safeParse({ ...valid, password: "重庆跨境电商园区北碚两江" }).success).toBe(true);
  });

  it("refuses common passwords and over-long ones, with no composition rules", () => {
    expect(codes(Registration.safeParse({ ...valid, password: "qwerty123456" })).password).toBe("passwordCommon");
    expect(codes(Registration.safeParse({ ...valid, password: "1qaz2wsx3edc" })).password).toBe("passwordCommon");
    expect(codes(Registration.safeParse({ ...valid, password: "x".repeat(129) })).password).toBe("passwordTooLong");
    expect(codes(Registration.safeParse({ ...valid, password: "长".repeat(129) })).password).toBe("passwordTooLong");
    expect(Registration.safeParse({ ...valid, password: "x".repeat(128) }).success).toBe(true);
    expect(Registration.safeParse({ ...valid, password: "长".repeat(128) }).success).toBe(true);
    expect(Registration.safeParse({ ...valid, password: "alllowercaseletters" }).success).toBe(true);
  });

  it("accepts landlines with an area code and +86 mobiles", () => {
    for (const phone of ["023-68001234", "02368001234", "+86 13800138000", "+8613800138000"]) {
      expect(Registration.safeParse({ ...valid, contactPhone: phone }).success).toBe(true);
    }
  });

  it("accepts any generated valid USCC", () => {
    const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY".split("");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 17, maxLength: 17 }), (chars) => {
        const first17 = chars.join("");
        return Registration.safeParse({ ...valid, uscc: first17 + usccCheckChar(first17) }).success;
      }),
    );
  });
});

describe("every merchant schema, fed anything", () => {
  const fields = [...Object.keys(valid)];
  for (const [name, schema] of [
    ["Registration", Registration],
    ["ProfileUpdate", ProfileUpdate],
    ["Resubmission", Resubmission],
  ] as const) {
    it(`${name} gives field errors or success, never a throw`, () => {
      fc.assert(
        fc.property(
          fc.dictionary(
            fc.constantFrom(...fields),
            fc.oneof(fc.string(), fc.array(fc.string()), fc.integer(), fc.constant(null)),
          ),
          (input) => {
            const r = schema.safeParse({ ...valid, ...input });
            if (r.success) return true;
            return r.error.issues.every(
              (i) => i.path.length > 0 && typeof i.message === "string" && i.message.length > 0,
            );
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});
