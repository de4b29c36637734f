import { describe, expect, it } from "vitest";
import { demoDataDecision } from "./demo-policy.mjs";

describe("demoDataDecision", () => {
  it("loads the demo data into the embedded SQLite default (DATABASE_URL unset)", () => {
    expect(demoDataDecision({})).toEqual({ load: true, reason: "embedded-default" });
    expect(demoDataDecision({ DATABASE_URL: "", DEMO_DATA: "auto" }).load).toBe(true);
  });

  it("loads nothing into a PostgreSQL database unless DEMO_DATA=on", () => {
    const url = "postgres://cbec:secret@db.internal:5432/cbec";
    expect(demoDataDecision({ DATABASE_URL: url })).toEqual({ load: false, reason: "configured-database" });
    expect(demoDataDecision({ DATABASE_URL: url, DEMO_DATA: "auto" }).load).toBe(false);
    expect(demoDataDecision({ DATABASE_URL: `postgresql://x@y/z`, DEMO_DATA: "off" }).load).toBe(false);
    expect(demoDataDecision({ DATABASE_URL: url, DEMO_DATA: "on" })).toEqual({ load: true, reason: "on" });
  });

  it("loads nothing into a configured SQLite file unless DEMO_DATA=on", () => {
    expect(demoDataDecision({ DATABASE_URL: "file:/srv/cbec/portal.db" }).load).toBe(false);
    expect(demoDataDecision({ DATABASE_URL: "file:/srv/cbec/portal.db", DEMO_DATA: "on" }).load).toBe(true);
  });

  it("never loads with DEMO_DATA=off, not even into the default", () => {
    expect(demoDataDecision({ DEMO_DATA: "off" })).toEqual({ load: false, reason: "off" });
  });
});
