import { expect, test } from "@playwright/test";
import { storageStatePath } from "./support/accounts";
import { pageAs } from "./support/merchants";
import { createEventToday } from "./support/events-db";

// Issue 15's "done when": a merchant signs up and opens the ticket; staff
// check the person in by typing the code, a second scan of it says "already
// checked in", and the statistics show the attendance.

const run = Date.now().toString(36);
const title = {
  zh: `西永电子信息产业带对接会（门票测试${run}）`,
  en: `Xiyong Electronics Matchmaking (ticket test ${run})`,
};
let event: { id: string; slug: string };

test.beforeAll(() => {
  event = createEventToday(title);
});

test("a merchant signs up and opens its ticket; staff check the person in by code, a second scan says already checked in, and the statistics count the attendance", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const merchant = await pageAs(browser, "merchant");
  await merchant.goto(`/events/${event.slug}`);
  await merchant.getByLabel("第1位参会人员姓名").fill("陈票务");
  await merchant.getByLabel(/我确认已向上述参会人员告知隐私政策/).check();
  await merchant.getByLabel("我已阅读并同意隐私政策").check();
  await merchant.getByRole("button", { name: "提交报名" }).click();
  await expect(merchant.getByText("报名成功：1个席位。")).toBeVisible();

  await merchant.getByRole("link", { name: "门票", exact: true }).click();
  await expect(merchant).toHaveURL(new RegExp(`/merchant/events/${event.id}/tickets$`));
  await expect(merchant.getByRole("heading", { level: 2, name: "陈票务" })).toBeVisible();
  await expect(merchant.getByRole("img", { name: "陈票务的门票二维码" })).toBeVisible();
  const shown = merchant.locator("[data-ticket-code]");
  const code = (await shown.getAttribute("data-ticket-code"))!;
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{36}$/);
  const grouped = (await shown.textContent())!.trim();
  expect(grouped.replace(/-/g, "")).toBe(code);
  await expect(merchant.getByText("尚未签到")).toBeVisible();

  // Staff at the door, on a phone, in English.
  const context = await browser.newContext({ storageState: storageStatePath("staff"), locale: "en-US" });
  const staff = await context.newPage();
  await staff.setViewportSize({ width: 390, height: 844 });
  await staff.goto(`/admin/events/${event.id}/check-in`);
  await expect(staff.getByText("0 of 1 people checked in · 0 of 1 companies")).toBeVisible();
  await staff.getByLabel("Ticket code").fill(grouped.toLowerCase());
  await staff.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(staff.getByRole("status").getByText(/^陈票务 \(.+\) checked in\.$/)).toBeVisible();
  await expect(staff.getByText("1 of 1 people checked in · 1 of 1 companies")).toBeVisible();

  // The same ticket scanned again: counted once, with when and by whom.
  await staff.getByLabel("Ticket code").fill(code);
  await staff.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(
    staff.getByRole("status").getByText(/^陈票务 \(.+\) was already checked in at \d{2}:\d{2} by .+\.$/),
  ).toBeVisible();
  await expect(staff.getByText("1 of 1 people checked in · 1 of 1 companies")).toBeVisible();

  // The statistics: one person in, from one company.
  await staff.goto("/admin/events/stats");
  const row = staff.getByRole("row").filter({ has: staff.getByRole("link", { name: title.en }) });
  await expect(row.getByRole("cell", { name: "1 / 1" })).toBeVisible();

  // The merchant's ticket says so too.
  await merchant.reload();
  await expect(merchant.getByText(/^已于\d{2}:\d{2}签到$/)).toBeVisible();
  await context.close();
  await merchant.context().close();
});
