import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { createApiToken } from "@/lib/server/api/create-api-token";
import { MAX_FORM_BYTES } from "@/lib/server/api/read-body";
import { MAX_JSON_BYTES } from "@/lib/server/api/respond";
import { MAX_UPLOAD_BYTES } from "@/lib/server/imports/upload";
import { makeEvent } from "@/lib/testing/event-fixtures";
import { floodRequest } from "@/lib/testing/flood-body";
import { sessionStub } from "@/lib/testing/next-stubs";
import * as skus from "./v1/skus/route";
import * as sku from "./v1/skus/[code]/route";
import * as signups from "./events/[slug]/signups/route";
import * as auth from "./auth/[...nextauth]/route";
import * as upload from "@/app/merchant/(approved)/skus/import/upload/route";
import * as declarationUpload from "@/app/merchant/(approved)/declarations/import/upload/route";
import { DECLARATION_IMPORT_MAX_BYTES } from "@/lib/server/declarations/import-declarations";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "portal.test" }) }));

// Every route handler that reads a body stops at its limit with a 413, having
// pulled no more than the limit and a chunk or two of a body that would go on
// for far longer, sent without Content-Length.
let token = "";
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.membership.findFirstOrThrow({ where: { user: { email: "merchant@example.com" } } });
  const created = await createApiToken(db, { userId: owner.userId, merchantId: owner.merchantId }, "ERP");
  if (!created.ok) throw new Error("token");
  token = created.token;
  sessionStub.userId = owner.userId;
});
afterAll(() => db.$disconnect());

const CHUNK = 64 * 1024;
/** A body of 40 times the limit, in 64 KB chunks. */
const flood = (limit: number, url: string, headers: Record<string, string>) =>
  floodRequest({ chunkBytes: CHUNK, chunks: Math.ceil((40 * limit) / CHUNK), url, headers });
/** The chunks a reader that stops at the limit pulls: up to the one that passes it, and a little read-ahead. */
const atMost = (limit: number) => Math.floor(limit / CHUNK) + 3;

const api = { authorization: "", "content-type": "application/json" };

describe("request bodies over the limit", () => {
  it("POST /api/v1/skus: 413 in the API's error format, reading stopped at 5 MB", async () => {
    const f = flood(MAX_JSON_BYTES, "http://portal.test/api/v1/skus", { ...api, authorization: `Bearer ${token}` });
    const res = await skus.POST(f.request);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: "payload_too_large",
      message: "The request is too large: at most 5 MB is accepted.",
    });
    expect(f.pulled()).toBeLessThanOrEqual(atMost(MAX_JSON_BYTES));
  });

  it("PUT /api/v1/skus/[code]: 413, reading stopped at 5 MB", async () => {
    const f = flood(MAX_JSON_BYTES, "http://portal.test/api/v1/skus/X-1", { ...api, authorization: `Bearer ${token}` });
    const res = await sku.PUT(f.request, { params: Promise.resolve({ code: "X-1" }) });
    expect(res.status).toBe(413);
    expect(f.pulled()).toBeLessThanOrEqual(atMost(MAX_JSON_BYTES));
  });

  it("POST /api/events/[slug]/signups: 413 with a message, reading stopped at 64 KB", async () => {
    const event = await makeEvent(db);
    const f = flood(MAX_FORM_BYTES, `https://portal.test/api/events/${event.slug}/signups`, {
      "content-type": "application/json",
    });
    const res = await signups.POST(f.request, { params: Promise.resolve({ slug: event.slug }) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: "tooLarge",
      message: "The request is too large: at most 64 KB is accepted.",
    });
    expect(f.pulled()).toBeLessThanOrEqual(atMost(MAX_FORM_BYTES));
  });

  it("POST /merchant/skus/import/upload: 413, reading stopped at 20 MB", async () => {
    const f = flood(MAX_UPLOAD_BYTES, "https://portal.test/merchant/skus/import/upload", {
      "content-type": "multipart/form-data; boundary=x",
      accept: "application/json",
    });
    const res = await upload.POST(f.request);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe("tooLarge");
    expect(f.pulled()).toBeLessThanOrEqual(atMost(MAX_UPLOAD_BYTES + 64 * 1024));
  });

  it("POST /merchant/declarations/import/upload: 413 in the reader's language, reading stopped at 2 MB", async () => {
    const f = flood(DECLARATION_IMPORT_MAX_BYTES, "https://portal.test/merchant/declarations/import/upload", {
      "content-type": "multipart/form-data; boundary=x",
      accept: "application/json",
    });
    const res = await declarationUpload.POST(f.request);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "tooLarge", message: "The file is too large; the limit is 2 MB." });
    expect(f.pulled()).toBeLessThanOrEqual(atMost(DECLARATION_IMPORT_MAX_BYTES + 64 * 1024));
  });

  it("POST /api/auth/*: 413 before Auth.js reads anything, reading stopped at 64 KB", async () => {
    const f = flood(MAX_FORM_BYTES, "http://portal.test/api/auth/callback/credentials", {
      "content-type": "application/x-www-form-urlencoded",
    });
    const res = await auth.POST(new NextRequest(f.request));
    expect(res.status).toBe(413);
    expect(f.pulled()).toBeLessThanOrEqual(atMost(MAX_FORM_BYTES));
  });
});

describe("request bodies under the limit", () => {
  it("reach the route as before", async () => {
    const created = await skus.POST(
      new Request("http://portal.test/api/v1/skus", {
        method: "POST",
        headers: { ...api, authorization: `Bearer ${token}` },
        body: JSON.stringify({
          code: "LIMIT-OK-1",
          nameZh: "蓝牙耳机",
          hsCode: "8518300000",
          unitPriceMinor: 12900,
          currency: "CNY",
          weightGrams: 60,
        }),
      }),
    );
    expect(created.status).toBe(201);

    const event = await makeEvent(db);
    const signedUp = await signups.POST(
      new Request(`https://portal.test/api/events/${event.slug}/signups`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ attendees: ["张伟"], privacyConsent: true, attendeesInformed: true }),
      }),
      { params: Promise.resolve({ slug: event.slug }) },
    );
    expect(signedUp.status).toBe(201);

    // A form without a file: read whole, then refused for what it holds.
    const form = new FormData();
    form.set("note", "no file");
    const noFile = await upload.POST(
      new Request("https://portal.test/merchant/skus/import/upload", {
        method: "POST",
        headers: { accept: "application/json" },
        body: form,
      }),
    );
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as { error: string }).error).toBe("noFile");

    // Auth.js gets the form: without its CSRF token it sends the caller back with an error, not a 413.
    const signIn = await auth.POST(
      new NextRequest("http://portal.test/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "email=merchant%40example.com&password=x",
      }),
    );
    expect([302, 400]).toContain(signIn.status);
  });
});
