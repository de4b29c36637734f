import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { SecurityAlerts } from "@/components/notifications/security-alerts";
import { countTowardAlerts } from "@/lib/server/observability/alerts";

const RULES = { windowSeconds: 600, signInFailures: 3, refusals: 3, rateLimited: 3 };
let staffId = "";
let merchantId = "";

beforeAll(async () => {
  staffId = (
    await db.user.create({ data: { email: "duty@example.com", name: "值班", passwordHash: "x", role: "STAFF" } })
  ).id;
  merchantId = (
    await db.user.create({ data: { email: "prober@example.com", name: "探测", passwordHash: "x", role: "MERCHANT" } })
  ).id;
});
afterAll(() => db.$disconnect());

describe("the security alerts on /admin/notifications", () => {
  it("list the alerts of the last days for a staff member, in the reader's language", async () => {
    const refused = {
      event: "access.refused",
      reason: "notFound",
      where: "page:MERCHANT",
      userId: merchantId,
    } as const;
    for (let i = 0; i < 3; i++) await countTowardAlerts(db, refused, "req-page-1", RULES);
    const shown = JSON.stringify(await SecurityAlerts({ userId: staffId }));
    expect(shown).toContain("Security alerts");
    expect(shown).toContain("3 refused requests by the account prober@example.com within 10 minutes");
    // Someone who got none reads that there are none.
    const none = JSON.stringify(await SecurityAlerts({ userId: merchantId }));
    expect(none).toContain("No alerts in the last 7 days.");
  });
});
