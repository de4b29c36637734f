// The malware scan of uploads against a real clamd (started here, with its own
// signatures): an infected logo or CSV is refused and nothing is stored, a
// clean one passes, and with clamd down every upload is refused (fail closed).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionStub } from "@/lib/testing/next-stubs";
import { clamdPlace, EICAR, startClamd, type TestClamd } from "@/lib/server/uploads/clamd-for-tests";

// Read once by lib/env.ts, so set before the modules below load.
const place = clamdPlace();
process.env.CLAMAV_URL = place.url;

const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { scanWithClamd } = await import("@/lib/server/uploads/clamd");
const { uploadLogoAction } = await import("@/app/merchant/(approved)/profile/actions");
const skuUpload = await import("@/app/merchant/(approved)/skus/import/upload/route");

const encode = (text: string) => new TextEncoder().encode(text);
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A file that passes the logo's own type check (PNG's first bytes) and carries the test string. */
const infectedPng = new Uint8Array([...PNG, ...encode(EICAR)]);
const cleanPng = new Uint8Array([...PNG, ...new Uint8Array(64)]);
const infectedCsv = encode(`sku,name\n${EICAR}\n`);

let clamd: TestClamd;
let merchantId = "";
let userId = "";

beforeAll(async () => {
  clamd = await startClamd(
    { "Test.EICAR": encode(EICAR), "Test.EICAR.PNG": infectedPng, "Test.EICAR.CSV": infectedCsv },
    place,
  );
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  userId = owner.id;
  merchantId = owner.membership!.merchantId;
}, 90_000);

afterAll(async () => {
  await clamd?.stop();
});

const uploadLogo = (bytes: Uint8Array) => {
  const f = new FormData();
  f.set("logo", new File([new Uint8Array(bytes)], "logo.png", { type: "image/png" }));
  return uploadLogoAction({}, f);
};

const uploadCsv = (bytes: Uint8Array) => {
  const f = new FormData();
  f.set("file", new File([new Uint8Array(bytes)], "skus.csv", { type: "text/csv" }));
  return skuUpload.POST(
    new Request("https://portal.test/merchant/skus/import/upload", {
      method: "POST",
      headers: { accept: "application/json" },
      body: f,
    }),
  );
};

function securityLines(spy: { mock: { calls: unknown[][] } }) {
  return spy.mock.calls
    .map(([line]) => (typeof line === "string" && line.startsWith("{") ? JSON.parse(line) : null))
    .filter((entry) => entry?.type === "security");
}

describe("the clamd client", () => {
  it("gets OK for clean bytes and the signature's name for the EICAR test string, over several chunks too", async () => {
    expect(await scanWithClamd(clamd.url, encode("just some text"))).toEqual({ ok: true });
    expect(await scanWithClamd(clamd.url, encode(EICAR))).toEqual({
      ok: false,
      reason: "infected",
      signature: "Test.EICAR.UNOFFICIAL",
    });
    const large = new Uint8Array(300 * 1024).fill(0x41);
    expect(await scanWithClamd(clamd.url, large)).toEqual({ ok: true });
  });
});

describe("uploads with CLAMAV_URL set", () => {
  it("refuses an infected logo with a clear message, stores nothing and logs a security event", async () => {
    sessionStub.userId = userId;
    const spy = vi.spyOn(console, "info");
    try {
      const state = await uploadLogo(infectedPng);
      expect(state).toEqual({
        ok: false,
        fieldErrors: { logo: "This file was refused: the virus scan found malware in it. Nothing was saved." },
      });
      expect(await db.merchantLogo.count({ where: { merchantId } })).toBe(0);
      expect(securityLines(spy)).toContainEqual(
        expect.objectContaining({
          event: "upload.refused",
          reason: "infected",
          where: "action:uploadLogo",
          userId,
          signature: "Test.EICAR.PNG.UNOFFICIAL",
        }),
      );
    } finally {
      spy.mockRestore();
    }
  });

  it("refuses an infected CSV import and queues no job", async () => {
    sessionStub.userId = userId;
    const jobs = await db.importJob.count({ where: { merchantId } });
    const response = await uploadCsv(infectedCsv);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "infected",
      message: "This file was refused: the virus scan found malware in it. Nothing was saved.",
    });
    expect(await db.importJob.count({ where: { merchantId } })).toBe(jobs);
  });

  it("keeps a clean logo", async () => {
    sessionStub.userId = userId;
    expect(await uploadLogo(cleanPng)).toEqual({ ok: true, message: "The logo was saved." });
    expect(await db.merchantLogo.count({ where: { merchantId } })).toBe(1);
  });

  // Last: stops clamd.
  it("refuses every upload while clamd cannot be reached, saying to try later", async () => {
    await clamd.stop();
    sessionStub.userId = userId;
    await db.merchantLogo.deleteMany({ where: { merchantId } });
    expect(await uploadLogo(cleanPng)).toEqual({
      ok: false,
      fieldErrors: {
        logo: "This file could not be checked for viruses just now, so it was not saved. Please try again later.",
      },
    });
    expect(await db.merchantLogo.count({ where: { merchantId } })).toBe(0);
    const jobs = await db.importJob.count({ where: { merchantId } });
    const response = await uploadCsv(encode("sku,name\nA1,Tea\n"));
    expect(response.status).toBe(503);
    expect((await response.json()).error).toBe("unscanned");
    expect(await db.importJob.count({ where: { merchantId } })).toBe(jobs);
  });
});
