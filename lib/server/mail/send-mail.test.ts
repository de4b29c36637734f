import { afterEach, describe, expect, it, vi } from "vitest";
import { logUnsentMail, sendMail, type Mail } from "./send-mail";

afterEach(() => vi.restoreAllMocks());

const link = "https://portal.example.com/reset-password/Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0";
const mail: Mail = {
  to: "merchant.owner@example.com",
  subject: "Reset your password",
  text: `Open this link within 60 minutes:\n${link}\n`,
  template: "passwordReset",
};

function logged(run: () => unknown) {
  const info = vi.spyOn(console, "info").mockImplementation(() => {});
  return Promise.resolve(run()).then(() => {
    const text = info.mock.calls.map((call) => call.join(" ")).join("\n");
    info.mockRestore();
    return text;
  });
}

describe("a mail without SMTP_URL (OWASP ASVS 7.1.1, 7.1.2)", () => {
  it("is logged in production with its masked recipient, subject and template only: no text, no link", async () => {
    for (const database of ["postgres://u:p@db.example.com/cbec", "file:/srv/cbec/portal.db"]) {
      const line = await logged(() =>
        logUnsentMail(mail, { NODE_ENV: "production", DATABASE_URL: database, DEMO_DATA: "auto" }),
      );
      expect(JSON.parse(line)).toMatchObject({
        level: "info",
        type: "mail",
        to: "m***@example.com",
        subject: "Reset your password",
        template: "passwordReset",
        hint: "set SMTP_URL to deliver mail",
      });
      expect(line).not.toContain("merchant.owner");
      expect(line).not.toContain("reset-password/");
      expect(line).not.toContain("within 60 minutes");
      expect(line.split("\n")).toHaveLength(1);
    }
  });

  it("is logged with its text and link in development and tests, and for the demo's database in production", async () => {
    expect(JSON.parse(await logged(() => sendMail(mail))).text).toContain(`\n${link}\n`);
    for (const e of [
      { NODE_ENV: "development", DATABASE_URL: "postgres://u:p@db/cbec", DEMO_DATA: "auto" },
      { NODE_ENV: "production", DATABASE_URL: "file:./data/cbec.db", DEMO_DATA: "auto" },
      { NODE_ENV: "production", DATABASE_URL: "file:/tmp/e2e/portal.db", DEMO_DATA: "on" },
    ] as const) {
      const line = await logged(() => logUnsentMail(mail, e));
      expect(JSON.parse(line)).toMatchObject({ to: "merchant.owner@example.com", text: mail.text });
    }
  });
});

describe("the mail log (OWASP ASVS 1.7.1)", () => {
  it("is one JSON line per mail, in the format of every other log line, with the request's id", async () => {
    const line = await logged(() => logUnsentMail(mail, undefined, "mail-request-01"));
    expect(line.split("\n")).toHaveLength(1);
    expect(JSON.parse(line)).toEqual({
      level: "info",
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      type: "mail",
      requestId: "mail-request-01",
      event: "mail.notSent",
      reason: "SMTP_URL not set",
      to: mail.to,
      subject: mail.subject,
      template: mail.template,
      text: mail.text,
    });
  });
});
