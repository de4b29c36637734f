// The event signup in human time (ASVS 11.1.2): too soon after the form was
// shown, or with a forged signed time, it is refused with the names kept and
// signs nothing up; a realistic one goes through.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "https" }),
}));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { makeEvent, makeMerchant } = await import("@/lib/testing/event-fixtures");
const { formShownAt } = await import("@/lib/server/forms/human-time");
const { shownSecondsAgo } = await import("@/lib/testing/human-time");
const { signUpAction } = await import("./actions");

let slug = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const park = await db.park.findUniqueOrThrow({ where: { code: "XIYONG" } });
  const merchant = await makeMerchant(db, { parkId: park.id });
  sessionStub.userId = merchant.userId;
  slug = (await makeEvent(db)).slug;
});
afterAll(() => db.$disconnect());

const send = (shownAt: string | null) => {
  const form = new FormData();
  form.append("eventKey", slug);
  form.append("attendees", "李四");
  form.append("privacyConsent", "on");
  form.append("attendeesInformed", "on");
  if (shownAt !== null) form.append("formShownAt", shownAt);
  return signUpAction({}, form);
};

it("refuses a signup sent too soon after the form was shown, keeping the names, signing nothing up", async () => {
  const state = await send(formShownAt("eventSignup"));
  expect(state).toMatchObject({
    ok: false,
    message: "The form was sent too quickly after it opened. Check what you entered and send it again.",
    values: { attendees: ["李四"], formShownAt: expect.stringMatching(/^\d+\./) },
  });
  expect(await db.signup.count()).toBe(0);
});

it("refuses a missing or forged time", async () => {
  const stale = "This form has expired or could not be verified. Check what you entered and send it again.";
  expect(await send(null)).toMatchObject({ ok: false, message: stale });
  expect(await send(shownSecondsAgo("register"))).toMatchObject({ ok: false, message: stale });
  expect(await db.signup.count()).toBe(0);
});

it("accepts a signup sent a realistic time after the form was shown", async () => {
  expect(await send(shownSecondsAgo("eventSignup", 8))).toMatchObject({ ok: true });
  expect(await db.signup.count()).toBe(1);
});
