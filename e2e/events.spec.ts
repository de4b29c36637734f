import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download, type Page } from "@playwright/test";
import { newCompany, openInQueue, pageAs, registerCompany } from "./support/merchants";
import { moveEventToToday } from "./support/events-db";

/** A datetime-local value in Beijing time, some days from now. */
function beijing(daysAhead: number, time: string) {
  const day = new Date(Date.now() + 8 * 3_600_000 + daysAhead * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

/** The same moment as an iCalendar UTC date-time. */
function icsUtc(local: string) {
  return new Date(`${local}:00+08:00`)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { file, bytes: readFileSync((await file.path())!) };
}

test.describe("matchmaking events", () => {
  test("staff publish an event; a merchant signs up, downloads the calendar file and withdraws; a waitlisted merchant is promoted; staff check in and export", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const run = Date.now().toString(36);
    const title = `跨境电商+大足五金产业带对接会（测试${run}）`;
    const startsAt = beijing(10, "09:30");

    // Staff create the event as a draft, then publish it.
    const staff = await pageAs(browser, "staff");
    await staff.goto("/admin/events");
    await staff.getByRole("link", { name: "新建活动" }).click();
    await staff.getByLabel("活动标题（中文）").fill(title);
    await staff.getByLabel("活动标题（英文）").fill(`Dazu Hardware Belt Matchmaking (test ${run})`);
    await staff.getByLabel("产业带").selectOption({ label: "大足五金" });
    await staff.getByLabel("开始时间").fill(startsAt);
    await staff.getByLabel("结束时间").fill(beijing(10, "16:30"));
    await staff.getByLabel("报名截止时间").fill(beijing(7, "18:00"));
    await staff.getByLabel("容量（席位数）").fill("2");
    await staff.getByLabel("活动地点（中文）").fill("大足区龙水五金市场会展中心");
    await staff.getByRole("group", { name: "参会合作方" }).getByLabel("阿里巴巴国际站 · 电商平台").check();
    await staff.getByRole("button", { name: "保存草稿" }).click();
    await expect(staff.getByText("草稿已创建，准备就绪后请发布。")).toBeVisible();
    await staff.getByRole("button", { name: "发布", exact: true }).click();
    await expect(staff.getByText("活动已发布，企业现在可以报名。")).toBeVisible();
    const adminPath = new URL(staff.url()).pathname;
    const eventPath = (await staff.getByRole("link", { name: "公开页面" }).getAttribute("href"))!;
    expect(eventPath).toMatch(/^\/events\/dazu-hardware-\d{4}-\d{2}-\d{2}(-\d+)?$/);

    // The demo merchant finds it in the public list and takes both seats.
    const merchant = await pageAs(browser, "merchant");
    await merchant.goto("/events");
    await merchant.getByRole("link", { name: title }).click();
    await expect(merchant.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(merchant.getByText("共2个，剩余2个")).toBeVisible();
    await merchant.getByLabel("第1位参会人员姓名").fill("张伟");
    await merchant.getByLabel("第2位参会人员姓名").fill("李娜");
    await merchant.getByRole("group", { name: "希望对接的合作方（选填）" }).getByLabel("阿里巴巴国际站").check();
    // Neither box is ticked at first, and the server refuses the signup without them.
    await expect(merchant.getByLabel("我已阅读并同意隐私政策")).not.toBeChecked();
    await merchant.getByRole("button", { name: "提交报名" }).click();
    await expect(merchant.getByText("请勾选同意隐私政策。未经您同意，不会保存任何信息。")).toBeVisible();
    await expect(merchant.getByText("请勾选确认已向参会人员告知隐私政策。")).toBeVisible();
    await expect(merchant.getByLabel("第2位参会人员姓名")).toHaveValue("李娜");
    await merchant.getByLabel(/我确认已向上述参会人员告知隐私政策/).check();
    await merchant.getByLabel("我已阅读并同意隐私政策").check();
    await merchant.getByRole("button", { name: "提交报名" }).click();
    await expect(merchant.getByText("报名成功：2个席位。")).toBeVisible();
    await expect(merchant.getByText("共2个，剩余0个")).toBeVisible();

    // The calendar file: the event in UTC, with a reminder the day before.
    const ics = await download(merchant, () => merchant.getByRole("link", { name: "添加到日历（.ics）" }).click());
    expect(ics.file.suggestedFilename()).toBe(`${eventPath.split("/").pop()}.ics`);
    const calendar = ics.bytes.toString("utf8").replace(/\r\n /g, "");
    expect(calendar).toContain("BEGIN:VEVENT");
    expect(calendar).toContain(`DTSTART:${icsUtc(startsAt)}`);
    expect(calendar).toContain(`SUMMARY:${title}`);
    expect(calendar).toContain("TRIGGER:-PT24H");

    // A second company registers, is approved, and joins the waitlist.
    const company = newCompany("Events");
    const guest = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
    const second = await guest.newPage();
    await registerCompany(second, company);
    await openInQueue(staff, company.nameZh);
    await staff.getByRole("button", { name: "通过", exact: true }).click();
    await expect(staff.getByText("已通过审核，并已通知企业。")).toBeVisible();
    await second.goto(eventPath);
    await expect(second.getByText("席位已满。现在报名将进入候补名单，有合适的席位空出时会通知您。")).toBeVisible();
    await second.getByLabel("第1位参会人员姓名").fill("赵测试");
    await second.getByLabel(/我确认已向上述参会人员告知隐私政策/).check();
    await second.getByLabel("我已阅读并同意隐私政策").check();
    await second.getByRole("button", { name: "提交报名" }).click();
    await expect(second.getByText("您在候补名单第1位。有席位空出时将通知您。")).toBeVisible();

    // The first merchant withdraws; the waitlisted one is promoted and told.
    await merchant.reload();
    // The two-step button works once the page is interactive: ask until the question shows.
    await expect(async () => {
      await merchant.getByRole("button", { name: "退出报名" }).click({ timeout: 2_000 });
      await expect(merchant.getByText("确定退出报名吗？您的席位将让给候补名单上的下一家企业。")).toBeVisible({
        timeout: 1_000,
      });
    }).toPass();
    await merchant.getByRole("button", { name: "确认退出" }).click();
    await expect(merchant.getByText("您已退出本活动的报名，可以重新报名。")).toBeVisible();
    await second.reload();
    await expect(second.getByText("报名成功：1个席位。")).toBeVisible();
    await second.goto("/merchant/notifications");
    await expect(second.getByText("候补转正：报名成功")).toBeVisible();
    await second.goto("/merchant/events");
    const row = second.getByRole("listitem").filter({ has: second.getByRole("link", { name: title }) });
    await expect(row.getByText("报名成功")).toBeVisible();
    await guest.close();

    // On the event's day (check-in opens then), staff check the promoted company's attendee in on a
    // phone-sized list, undo, and check them in again.
    moveEventToToday(adminPath.split("/").pop()!);
    await staff.setViewportSize({ width: 390, height: 844 });
    await staff.goto(`${adminPath}/check-in`);
    await expect(staff.getByText("已签到0人，共1人 · 企业0家，共1家")).toBeVisible();
    await staff.getByLabel("搜索参会人或企业").fill("赵测试");
    await staff.getByRole("button", { name: `为赵测试（${company.nameZh}）签到` }).click();
    await expect(staff.getByText("已签到1人，共1人 · 企业1家，共1家")).toBeVisible();
    await staff.getByRole("button", { name: `撤销赵测试（${company.nameZh}）的签到` }).click();
    await expect(staff.getByText("已签到0人，共1人 · 企业0家，共1家")).toBeVisible();
    await staff.getByRole("button", { name: `为赵测试（${company.nameZh}）签到` }).click();
    await expect(staff.getByText(/^已于\d{2}:\d{2}签到$/)).toBeVisible();

    // The attendee list, exported as CSV with a BOM.
    await staff.setViewportSize({ width: 1280, height: 900 });
    await staff.goto(adminPath);
    const csv = await download(staff, () => staff.getByRole("link", { name: "导出报名名单（CSV）" }).click());
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toBe(
      "企业名称,统一社会信用代码,园区,销售平台,报名状态,席位,参会人员,候补序号,希望对接的合作方,报名时间（北京时间）,签到时间（北京时间）",
    );
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith("重庆西永云联电子科技有限公司"))).toContain(",已退出,2,张伟、李娜,");
    expect(lines.find((l) => l.startsWith(company.nameZh))).toMatch(
      /,报名成功,1,赵测试,,.*,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    await staff.context().close();
    await merchant.context().close();
  });

  test("visitors see events without signing in; a pending merchant is told why it cannot sign up", async ({
    browser,
    page,
  }) => {
    await page.goto("/events");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("对接活动");
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
      [],
    );
    await page.getByRole("listitem").getByRole("heading", { level: 2 }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "参会合作方" })).toBeVisible();
    await expect(page.getByRole("link", { name: "登录后报名" })).toBeVisible();
    const eventPath = new URL(page.url()).pathname;

    const pending = await pageAs(browser, "pending");
    await pending.goto(eventPath);
    await expect(pending.getByText("仅已通过审核的企业可以报名，贵企业的注册尚未通过审核。")).toBeVisible();
    await expect(pending.getByRole("button", { name: "提交报名" })).toHaveCount(0);
    await pending.context().close();
  });
});
