import { describe, expect, it } from "vitest";
import { FORM_MAX_AGE_MS, formShownAt, humanTimeProblem } from "./human-time";

const now = Date.UTC(2026, 10, 30, 12, 0, 0);

describe("the signed form time", () => {
  it("accepts a form sent a realistic time after it was shown", () => {
    expect(humanTimeProblem("register", formShownAt("register", now - 5_000), { now, minSeconds: 2 })).toBeNull();
    expect(humanTimeProblem("register", formShownAt("register", now - 2_000), { now, minSeconds: 2 })).toBeNull();
  });

  it("refuses one sent sooner than the minimum", () => {
    expect(humanTimeProblem("register", formShownAt("register", now - 1_999), { now, minSeconds: 2 })).toBe("tooFast");
    expect(humanTimeProblem("register", formShownAt("register", now), { now, minSeconds: 2 })).toBe("tooFast");
  });

  it("refuses a missing, altered, or other form's value, and one over a day old", () => {
    expect(humanTimeProblem("register", undefined, { now })).toBe("missing");
    expect(humanTimeProblem("register", "", { now })).toBe("missing");
    const genuine = formShownAt("register", now - 10_000);
    const [, sig] = genuine.split(".");
    // An earlier time with the same signature, to pass the minimum.
    expect(humanTimeProblem("register", `${now - 60_000}.${sig}`, { now })).toBe("forged");
    expect(humanTimeProblem("register", `${now - 60_000}`, { now })).toBe("forged");
    expect(humanTimeProblem("passwordReset", genuine, { now })).toBe("forged");
    expect(humanTimeProblem("register", formShownAt("register", now - FORM_MAX_AGE_MS - 1), { now })).toBe("expired");
    expect(humanTimeProblem("register", formShownAt("register", now + 3_600_000), { now })).toBe("expired");
  });
});
