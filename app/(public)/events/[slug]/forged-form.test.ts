import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "https" }),
}));

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { makeEvent, makeMerchant } = await import("@/lib/testing/event-fixtures");
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

// Found by the fuzzer (app/fuzz/server-actions.test.ts): the key parsed with zod's throwing parse was a 500.
it("answers an event key sent as a file with 'not found', and signs nothing up", async () => {
  const form = new FormData();
  form.append("eventKey", new File([slug], "key.txt"));
  form.append("attendees", "李四");
  form.append("formShownAt", shownSecondsAgo("eventSignup"));
  const state = await signUpAction({}, form);
  expect(state).toMatchObject({ ok: false, message: expect.any(String) });
  expect(await db.signup.count()).toBe(0);
});
