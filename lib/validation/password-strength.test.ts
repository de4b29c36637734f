import { describe, expect, it } from "vitest";
import { passwordEntropyBits, passwordStrength } from "./password-strength";

describe("password strength estimate (ASVS 2.1.8)", () => {
  it("calls anything under 12 characters too short", () => {
    expect(passwordStrength("")).toBe(0);
    expect(passwordStrength("Xk9#mQ2!vL7")).toBe(0);
  });

  it("rates repeats and sequences as weak, however long", () => {
    expect(passwordStrength("aaaaaaaaaaaaaaaaaaaa")).toBe(1);
    expect(passwordStrength("123456789012")).toBe(1);
    expect(passwordStrength("abcdefghijklmnop")).toBe(1);
  });

  it("rates longer and more varied passwords higher", () => {
    const fair = passwordStrength("harbour window");
    const strong = passwordStrength("harbour window 42 Lanterns");
    const veryStrong = passwordStrength("Xk9#mQ2!vL7@pR4$wT8&zN1%");
    expect(fair).toBe(2);
    expect(strong).toBeGreaterThan(fair);
    expect(veryStrong).toBe(4);
  });

  it("counts Chinese characters as drawn from a large set", () => {
    expect(passwordEntropyBits("重庆西永微电子产业园区")).toBeGreaterThan(passwordEntropyBits("chongqingxiy"));
    expect(passwordStrength("重庆西永微电子产业园区跨境")).toBeGreaterThanOrEqual(3);
  });
});
