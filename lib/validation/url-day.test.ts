import { describe, expect, it } from "vitest";
import { AuditFilters } from "@/lib/server/audit/search-audit";
import { QueueFilters } from "@/lib/server/merchants/review-queue";

describe("day filters from a URL", () => {
  // The PostgreSQL fuzz run found /admin/merchants/export?to=0000-00-00 answering 500 (an invalid Date in the query).
  it("filter nothing for a day that does not exist, instead of querying an invalid date", () => {
    expect(QueueFilters.parse({ to: "0000-00-00", from: "2026-02-31" })).toMatchObject({
      to: undefined,
      from: undefined,
    });
    expect(AuditFilters.parse({ to: "0000-00-00", from: "2026-11-03" })).toMatchObject({
      to: undefined,
      from: "2026-11-03",
    });
  });
});
