import { describe, expect, it } from "vitest";
import { auditVerdict, behindBy, formatTable, outdatedRows } from "./deps-check.mjs";

// Shaped as `npm outdated --json --omit=dev` prints it.
const sample = {
  "next-auth": { current: "5.0.0-beta.32", wanted: "5.0.0-beta.32", latest: "5.0.0", dependent: "main" },
  "@simplewebauthn/server": { current: "9.0.3", wanted: "9.0.3", latest: "14.0.3", dependent: "main" },
  "@prisma/driver-adapter-utils": { current: "7.10.0", wanted: "7.10.0", latest: "7.10.1", dependent: "main" },
  zod: { current: "4.1.0", wanted: "4.1.0", latest: "4.3.2", dependent: "main" },
  ics: [
    { current: "3.12.0", wanted: "3.12.0", latest: "3.12.0", dependent: "main" },
    { current: "2.40.0", wanted: "2.40.0", latest: "3.12.0", dependent: "calendar-link" },
  ],
  "not-installed": { wanted: "1.2.0", latest: "1.3.0", dependent: "main" },
  "ahead-of-latest": { current: "2.0.0", wanted: "2.0.0", latest: "1.9.0", dependent: "main" },
};

describe("deps:check", () => {
  it("classifies each outdated runtime dependency as major, minor or patch behind, major first", () => {
    expect(outdatedRows(sample).map((r) => [r.name, r.level])).toEqual([
      ["@simplewebauthn/server", "major"],
      ["ics", "major"],
      ["not-installed", "minor"],
      ["zod", "minor"],
      ["@prisma/driver-adapter-utils", "patch"],
      ["next-auth", "prerelease"],
    ]);
  });

  it("compares versions as numbers, not text", () => {
    expect(behindBy("9.0.3", "10.0.0")).toBe("major");
    expect(behindBy("1.9.0", "1.10.0")).toBe("minor");
    expect(behindBy("1.2.10", "1.2.9")).toBeNull();
    expect(behindBy("1.2.3", "1.2.3")).toBeNull();
    expect(behindBy("garbage", "1.0.0")).toBeNull();
  });

  it("prints a table with a tally", () => {
    const table = formatTable(outdatedRows(sample));
    expect(table).toMatch(/^package\s+current\s+latest\s+behind/);
    expect(table).toMatch(/@simplewebauthn\/server\s+9\.0\.3\s+14\.0\.3\s+major/);
    expect(table).toContain("Behind: 2 major, 2 minor, 1 patch, 1 prerelease.");
    expect(formatTable([])).toBe("All runtime dependencies are at their latest release.");
  });

  it("treats an unreachable audit endpoint as no answer, never as a pass, and counts high and critical", () => {
    const offline = {
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
    };
    expect(auditVerdict(offline)).toEqual({ reached: false, reason: offline.message });
    expect(auditVerdict(null)).toEqual({ reached: false, reason: "no answer" });
    const answered = {
      metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high: 1, critical: 1, total: 5 } },
    };
    expect(auditVerdict(answered)).toMatchObject({ reached: true, high: 2 });
    expect(auditVerdict({ metadata: { vulnerabilities: { low: 3, high: 0, critical: 0 } } })).toMatchObject({
      reached: true,
      high: 0,
    });
  });
});
