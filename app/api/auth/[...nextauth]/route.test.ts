import { NextRequest } from "next/server";
import { expect, it } from "vitest";
import { GET, POST } from "./route";

const get = (path: string, cookie?: string) =>
  GET(new NextRequest(`https://portal.test${path}`, { headers: cookie ? { cookie } : {} }));

// Found by the fuzzer (app/fuzz/route-handlers.test.ts): Auth.js answered these with a 500.
it("answers a callbackUrl that is not a URL with a 400, in the query or in its cookie", async () => {
  for (const [path, cookie] of [
    ["/api/auth/session?callbackUrl=%20"],
    ["/api/auth/session?callbackUrl=/merchant&callbackUrl=%25"],
    ["/api/auth/csrf", "__Secure-authjs.callback-url=not%20a%20url"],
  ] as const) {
    const response = await get(path, cookie);
    expect(response.status, path).toBe(400);
    expect(await response.json()).toEqual({ error: "invalidCallbackUrl" });
  }
  const post = await POST(
    new NextRequest("https://portal.test/api/auth/signout?callbackUrl=javascript:alert(1)", { method: "POST" }),
  );
  expect(post.status).toBe(400);
});

it("passes a path or a URL of the site on to Auth.js", async () => {
  expect((await get("/api/auth/session?callbackUrl=/merchant")).status).toBe(200);
  expect((await get("/api/auth/session?callbackUrl=https%3A%2F%2Fportal.test%2Fadmin")).status).toBe(200);
});
