import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { sessionStub } from "@/lib/testing/next-stubs";
import { newSku, PNG } from "@/lib/testing/authorization/world";
import { GET as merchantLogo } from "@/app/api/merchants/[id]/logo/route";
import { deleteDeclarationAction } from "../../declarations/actions";
import { archiveSkuAction, deleteSkuAction, restoreSkuAction } from "../actions";
import { GET as importStatus } from "../import/[jobId]/status/route";
import EditSkuPage from "./page";

let ownerId = "";
let theirSku = { id: "", code: "" };
let theirJob = "";
let theirDeclaration = "";
let theirs = "";
let noLogo = "";

beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "merchant@example.com" },
    include: { membership: true },
  });
  ownerId = owner.id;
  const other = await db.merchant.findFirstOrThrow({
    where: { id: { not: owner.membership!.merchantId }, verificationStatus: "APPROVED" },
  });
  theirSku = await newSku(db, other.id);
  theirJob = (await db.importJob.create({ data: { merchantId: other.id, kind: "SKU", fileName: "theirs.csv" } })).id;
  // A row of its own (no member of theirs declares in the demo data).
  theirDeclaration = (
    await db.declaration.create({
      data: {
        merchantId: other.id,
        declaredOn: new Date("2025-03-18T00:00:00Z"),
        month: "2025-03",
        customsMode: "9610",
        direction: "EXPORT",
        country: "US",
        valueMinor: 100_000n,
        currency: "CNY",
        valueFen: 100_000n,
      },
    })
  ).id;
  theirs = other.id;
  await db.merchantLogo.create({ data: { merchantId: other.id, contentType: "image/png", data: PNG } });
  noLogo = (
    await db.merchant.findFirstOrThrow({
      where: { id: { notIn: [owner.membership!.merchantId, other.id] }, logo: null },
    })
  ).id;
});
afterAll(async () => {
  sessionStub.userId = null;
  await db.$disconnect();
});

/** The security lines written while a merchant opens a SKU's page, and how the page answered. */
async function open(id: string) {
  const lines: string[] = [];
  vi.spyOn(console, "info").mockImplementation((line: unknown) => void lines.push(String(line)));
  const answer = await EditSkuPage({ params: Promise.resolve({ id }) }).then(
    () => "page",
    (error: { digest?: string }) => error.digest,
  );
  vi.restoreAllMocks();
  const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.type === "security");
  return { answer, events, text: lines.join("\n") };
}

describe("a merchant asking for another merchant's SKU (a tenant probe)", () => {
  it("gets the not-found page, and the ask is logged as a refusal with the account and the route file only", async () => {
    sessionStub.userId = ownerId;
    const { answer, events, text } = await open(theirSku.id);
    expect(answer).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(events).toEqual([
      expect.objectContaining({
        level: "warn",
        event: "access.refused",
        reason: "notFound",
        where: "page:/merchant/skus/[id]",
        userId: ownerId,
      }),
    ]);
    for (const data of [theirSku.id, theirSku.code, "矩阵测试商品"]) expect(text).not.toContain(data);
  });

  it("logs nothing for an id that is no one's (a stale link, a typo)", async () => {
    sessionStub.userId = ownerId;
    const { answer, events } = await open("cm0000000000000000000none");
    expect(answer).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(events).toEqual([]);
  });

  it("gets a 404 from an import job's route for another merchant's job, logged the same way", async () => {
    sessionStub.userId = ownerId;
    const lines: string[] = [];
    vi.spyOn(console, "info").mockImplementation((line: unknown) => void lines.push(String(line)));
    const response = await importStatus(new Request(`http://localhost/merchant/skus/import/${theirJob}/status`), {
      params: Promise.resolve({ jobId: theirJob }),
    });
    vi.restoreAllMocks();
    expect(response.status).toBe(404);
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({
        event: "access.refused",
        reason: "notFound",
        where: "route:/merchant/skus/import/[jobId]/status",
        userId: ownerId,
      }),
    );
  });
});

/** The security events logged while `run` runs. */
async function securityEvents(run: () => Promise<unknown>) {
  const lines: string[] = [];
  vi.spyOn(console, "info").mockImplementation((line: unknown) => void lines.push(String(line)));
  try {
    return { answer: await run(), events: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
  } finally {
    vi.restoreAllMocks();
  }
}

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("tenant probes through server actions and the logo route", () => {
  const probe = (where: string) =>
    expect.objectContaining({ event: "access.refused", reason: "notFound", where, userId: ownerId });

  it("logs another merchant's SKU sent to archive, restore or delete, answering as for a stale id", async () => {
    sessionStub.userId = ownerId;
    for (const [action, name] of [
      [archiveSkuAction, "archiveSkuAction"],
      [restoreSkuAction, "restoreSkuAction"],
      [deleteSkuAction, "deleteSkuAction"],
    ] as const) {
      const { answer, events } = await securityEvents(() => action({}, form({ id: theirSku.id })));
      expect(answer).toMatchObject({ ok: false });
      expect(events).toEqual([probe(`action:/merchant/skus#${name}`)]);
    }
    expect((await db.sku.findUniqueOrThrow({ where: { id: theirSku.id } })).status).toBe("ACTIVE");
    // An id that is no one's is a stale link, not a probe.
    const stale = await securityEvents(() => archiveSkuAction({}, form({ id: "cm0000000000000000000none" })));
    expect(stale.events).toEqual([]);
  });

  it("logs another merchant's declaration sent to delete, which stays", async () => {
    sessionStub.userId = ownerId;
    const { answer, events } = await securityEvents(() =>
      deleteDeclarationAction({}, form({ declarationId: theirDeclaration })),
    );
    expect(answer).toMatchObject({ ok: false });
    expect(events).toEqual([probe("action:/merchant/declarations#deleteDeclarationAction")]);
    expect(await db.declaration.count({ where: { id: theirDeclaration } })).toBe(1);
  });

  it("logs a request for another merchant's logo, but not for a merchant that has none", async () => {
    sessionStub.userId = ownerId;
    const ask = (id: string) =>
      merchantLogo(new Request(`http://localhost/api/merchants/${id}/logo`), { params: Promise.resolve({ id }) });
    const theirsAsked = await securityEvents(() => ask(theirs));
    expect((theirsAsked.answer as Response).status).toBe(404);
    expect(theirsAsked.events).toEqual([probe("route:/api/merchants/[id]/logo")]);
    const none = await securityEvents(() => ask(noLogo));
    expect((none.answer as Response).status).toBe(404);
    expect(none.events).toEqual([]);
  });
});
