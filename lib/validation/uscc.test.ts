import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { USCC_ALPHABET, isValidUscc, usccCheckChar, validateUscc } from "./uscc";

// Real, published codes of registered companies. Each was checked with this
// module's check-digit function (a random string passes with probability 1/31).
const REAL_CODES = [
  "91350100M000100Y43",
  "91110000600037341L",
  "91440300708461136T",
  "9144030071526726XG",
  "91330100799655058B",
  "91110108551385082Q",
  "914403001922038216",
  "91110000802100433B",
  "911100007109311097",
  "91110000710925462X",
  "91440300279544901A",
  "91330106673959654P",
  "915000002028257485",
  "91110000710935003U",
];

const otherChar = (c: string) => USCC_ALPHABET[(USCC_ALPHABET.indexOf(c) + 1) % USCC_ALPHABET.length];

describe("USCC_ALPHABET", () => {
  it("has the 31 characters of GB 32100-2015, without I, O, S, V, Z", () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(new Set(USCC_ALPHABET).size).toBe(31);
    for (const c of "IOSVZ") expect(USCC_ALPHABET).not.toContain(c);
  });
});

describe("validateUscc", () => {
  it.each(REAL_CODES)("accepts the real code %s", (code) => {
    expect(validateUscc(code)).toEqual({ ok: true, value: code });
    expect(isValidUscc(code)).toBe(true);
    expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it.each(REAL_CODES)("rejects %s with a wrong check character", (code) => {
    const wrong = code.slice(0, 17) + otherChar(code[17]);
    expect(validateUscc(wrong)).toEqual({ ok: false, reason: "checkDigit" });
    expect(isValidUscc(wrong)).toBe(false);
  });

  it("rejects a code with one body character changed", () => {
    // 9144030071526726XG with position 9 changed from 7 to 8.
    expect(validateUscc("9144030081526726XG")).toEqual({ ok: false, reason: "checkDigit" });
    // Two adjacent characters swapped.
    expect(validateUscc("91110000060037341L")).toEqual({ ok: false, reason: "checkDigit" });
  });

  it.each([
    ["I", "91350100M000100I43"],
    ["O", "91350100MO00100Y43"],
    ["S", "91350100S000100Y43"],
    ["V", "91350100V000100Y43"],
    ["Z", "91350100M000100YZ3"],
  ])("rejects the letter %s", (_letter, code) => {
    expect(validateUscc(code)).toEqual({ ok: false, reason: "charset" });
  });

  it("rejects punctuation, spaces and full-width characters inside the code", () => {
    expect(validateUscc("91350100-000100Y43")).toEqual({ ok: false, reason: "charset" });
    expect(validateUscc("91350100 000100Y43")).toEqual({ ok: false, reason: "charset" });
    expect(validateUscc("９1350100M000100Y43")).toEqual({ ok: false, reason: "charset" });
  });

  it.each(["", "9135010", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100Y43 0"])(
    "rejects %j for its length",
    (code) => {
      expect(validateUscc(code)).toEqual({ ok: false, reason: "length" });
    },
  );

  it("trims and upper-cases the input before checking", () => {
    expect(validateUscc("91350100m000100y43")).toEqual({ ok: true, value: "91350100M000100Y43" });
    expect(validateUscc("  9144030071526726xg\n")).toEqual({ ok: true, value: "9144030071526726XG" });
    expect(isValidUscc(" 91110000600037341l ")).toBe(true);
  });

  it("maps a computed check value of 31 to the character 0", () => {
    // Some body among these 31 has a weighted sum divisible by 31.
    const body = "91500106MA5U0000";
    const withZero = [...USCC_ALPHABET].map((c) => body + c).find((b) => usccCheckChar(b) === "0");
    expect(withZero).toBeDefined();
    expect(isValidUscc(withZero + "0")).toBe(true);
  });
});

describe("usccCheckChar", () => {
  it("computes the check character of real codes", () => {
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
    expect(usccCheckChar("91110000600037341")).toBe("L");
  });

  it("throws on characters outside the alphabet and on a wrong length", () => {
    expect(() => usccCheckChar("91350100M000100I4")).toThrow();
    expect(() => usccCheckChar("91350100m000100Y4")).toThrow();
    expect(() => usccCheckChar("91350100M000100Y")).toThrow();
    expect(() => usccCheckChar("91350100M000100Y43")).toThrow();
  });
});

describe("properties", () => {
  const alphabetChar = fc.constantFrom(...USCC_ALPHABET);
  const body = fc.array(alphabetChar, { minLength: 17, maxLength: 17 }).map((cs) => cs.join(""));

  it("appending usccCheckChar to any 17 alphabet characters gives a valid code", () => {
    fc.assert(
      fc.property(body, (b) => {
        const code = b + usccCheckChar(b);
        expect(validateUscc(code)).toEqual({ ok: true, value: code });
      }),
    );
  });

  it("any other last character makes the code invalid", () => {
    fc.assert(
      fc.property(body, alphabetChar, (b, last) => {
        fc.pre(last !== usccCheckChar(b));
        expect(validateUscc(b + last)).toEqual({ ok: false, reason: "checkDigit" });
      }),
    );
  });

  it("validation is case-insensitive", () => {
    fc.assert(
      fc.property(body, (b) => {
        const code = b + usccCheckChar(b);
        expect(validateUscc(code.toLowerCase())).toEqual({ ok: true, value: code });
      }),
    );
  });
});
