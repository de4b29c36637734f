// Issue 15: past events are listed at /events under "Past events" (往期活动) with attendance, and a
// merchant's past event says "You attended" or "Did not attend", with no calendar or sign-up buttons.
// Rendered with the react-server condition, as Next.js renders it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";

const ui = vi.hoisted(() => ({ locale: "zh-CN" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => (await import("@/lib/testing/rsc")).nextIntlServerFor(ui));
// Client components are references on the server; the browser renders them.
vi.mock("@/components/ui/confirm-dialog", () => ({ ConfirmAction: () => "WITHDRAW-BUTTON" }));
vi.mock("@/components/events/signup-form", () => ({ SignupForm: () => "SIGNUP-FORM" }));
vi.mock("@/components/ui/pager", () => ({ Pager: () => null }));
// next/link is a client component: a plain anchor stands in for it, so its href shows in the payload.
vi.mock("next/link", async () => (await import("@/lib/testing/rsc")).nextLinkAsAnchor);
vi.mock("next/navigation", async () => (await import("@/lib/testing/rsc")).unexpectedNavigation);

const { renderFlight } = await import("@/lib/testing/rsc");
const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { makeEvent, makeMerchant } = await import("@/lib/testing/event-fixtures");
const { newTicketCode } = await import("@/lib/server/events/ticket-code");
const { default: EventPage } = await import("@/app/(public)/events/[slug]/page");
const { default: EventsPage } = await import("@/app/(public)/events/page");

const DAY = 86_400_000;
let merchantId = "";

const render = (node: Promise<React.ReactNode>) => renderFlight(node);

/** A past event the merchant had a seat at, its one person checked in or not; another company's two people came. */
async function pastEvent(attended: boolean) {
  const startsAt = new Date(Date.now() - 5 * DAY);
  const event = await makeEvent(db, {
    status: "COMPLETED",
    startsAt,
    signupDeadline: new Date(startsAt.getTime() - DAY),
  });
  const other = await makeMerchant(db, {
    parkId: (await db.merchant.findUniqueOrThrow({ where: { id: merchantId } })).parkId,
  });
  for (const [who, names, came] of [
    [merchantId, ["张伟"], [attended]],
    [other.merchantId, ["李娜", "王芳"], [true, true]],
  ] as const) {
    const signup = await db.signup.create({
      data: {
        eventId: event.id,
        merchantId: who,
        seats: names.length,
        attendeeNames: JSON.stringify(names),
        status: "CONFIRMED",
        checkedInAt: came.some(Boolean) ? startsAt : null,
      },
    });
    await db.ticket.createMany({
      data: names.map((name, position) => ({
        signupId: signup.id,
        eventId: event.id,
        merchantId: who,
        position,
        name,
        code: newTicketCode(),
        checkedInAt: came[position] ? startsAt : null,
      })),
    });
  }
  return event;
}

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const user = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  sessionStub.userId = user.id;
  merchantId = user.membership!.merchantId;
});
afterAll(() => db.$disconnect());

describe("a merchant's past event", () => {
  it("says 'You attended' when one of its people was checked in, with no calendar or sign-up button", async () => {
    ui.locale = "en";
    const event = await pastEvent(true);
    const page = await render(EventPage({ params: Promise.resolve({ slug: event.slug }) }));
    expect(page).toContain("You attended");
    expect(page).not.toContain("Did not attend");
    expect(page).not.toContain("/ics");
    expect(page).not.toContain("SIGNUP-FORM");
    expect(page).not.toContain("WITHDRAW-BUTTON");
  });

  it("says 'Did not attend' (未参加) when none of its people was", async () => {
    ui.locale = "zh-CN";
    const event = await pastEvent(false);
    const page = await render(EventPage({ params: Promise.resolve({ slug: event.slug }) }));
    expect(page).toContain("未参加");
    expect(page).not.toContain("您已参加");
    expect(page).not.toContain("/ics");
  });

  it("an upcoming event still offers the calendar file", async () => {
    ui.locale = "en";
    const event = await makeEvent(db, { startsAt: new Date(Date.now() + 10 * DAY) });
    const page = await render(EventPage({ params: Promise.resolve({ slug: event.slug }) }));
    expect(page).toContain(`/api/events/${event.slug}/ics`);
    expect(page).toContain("SIGNUP-FORM");
  });
});

describe("/events", () => {
  it("lists past events under 往期活动 with the people and companies that attended", async () => {
    ui.locale = "zh-CN";
    const event = await pastEvent(true);
    const page = await render(EventsPage({ searchParams: Promise.resolve({}) }));
    expect(page).toContain("往期活动");
    expect(page).toContain(event.titleZh);
    // Three people checked in, from two companies.
    expect(page).toContain("2家企业的3人到场");
  });
});
