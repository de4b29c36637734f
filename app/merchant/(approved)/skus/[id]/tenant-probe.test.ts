import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/lib/seed/demo";
import { sessionStub } from "@/lib/testing/next-stubs";
import { newSku } from "@/lib/testing/authorization/world";
import { GET as importStatus } from "../import/[jobId]/status/route";
import EditSkuPage from "./page";

let ownerId = "";
let theirSku = { id: "", code: "" };
let theirJob = "";

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
