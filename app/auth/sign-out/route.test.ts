import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionStub, signInFresh } from "@/lib/testing/next-stubs";
import { db } from "@/lib/server/db";
import { POST } from "./route";

let userId = "";
beforeAll(async () => {
  userId = (
    await db.user.create({
      data: { email: "sign-out@example.com", name: "退出", passwordHash: "x", role: "STAFF" },
    })
  ).id;
});
afterAll(() => db.$disconnect());

const isOpen = async (id: string) => (await db.session.findUniqueOrThrow({ where: { id } })).revokedAt === null;

const post = (headers: Record<string, string>) =>
  POST(new Request("http://localhost:3000/auth/sign-out", { method: "POST", headers }));

describe("POST /auth/sign-out (OWASP ASVS 8.2.3)", () => {
  it("ends the session, expires its cookie and has the browser clear the site's data, then sends it to the login page", async () => {
    const sessionId = await signInFresh(userId);
    sessionStub.userId = userId;
    sessionStub.sessionId = sessionId;
    const response = await post({
      origin: "http://localhost:3000",
      host: "localhost:3000",
      cookie: "NEXT_LOCALE=en; __Host-authjs.session-token=abc; authjs.session-token.0=def",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/login");
    expect(response.headers.get("clear-site-data")).toBe('"cache", "cookies", "storage"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^__Host-authjs\.session-token=; Path=\/; .*Max-Age=0; HttpOnly; SameSite=Lax; Secure$/);
    expect(cookies[1]).toMatch(/^authjs\.session-token\.0=; Path=\/; .*Max-Age=0/);
    expect(await isOpen(sessionId)).toBe(false);
  });

  it("refuses another site's form and leaves the session open", async () => {
    const sessionId = await signInFresh(userId);
    sessionStub.userId = userId;
    sessionStub.sessionId = sessionId;
    const response = await post({ origin: "https://evil.example", host: "localhost:3000" });
    expect(response.status).toBe(403);
    expect(response.headers.get("clear-site-data")).toBeNull();
    expect(await isOpen(sessionId)).toBe(true);
  });

  it("sends a visitor who is not signed in to the login page too", async () => {
    sessionStub.userId = null;
    sessionStub.sessionId = undefined;
    const response = await post({});
    expect(response.status).toBe(303);
    expect(response.headers.get("clear-site-data")).toBe('"cache", "cookies", "storage"');
  });
});
