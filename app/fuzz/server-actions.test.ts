// Every server action fed generated bad input (lib/testing/fuzz): none throws
// (a 500), and none that refuses changes anything. FUZZ_SEED replays a run.
import { afterAll, beforeAll, expect, it, vi } from "vitest";

// The request the actions run in: its headers and cookie jar, work scheduled with after(), and the mailer.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), later: [] as Promise<unknown>[] }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "portal.test", "x-forwarded-proto": "https" }),
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => void request.later.push(Promise.resolve().then(task)),
}));
vi.mock("@/lib/server/mail/send-mail", () => ({ sendMail: async () => undefined }));
// A failed sign-in waits (LOGIN_MAX_DELAY_MS) before answering; the fuzzer does not.
process.env.LOGIN_MAX_DELAY_MS = "0";
// These calls refuse the same accounts many times over on purpose: no alert (observability/alerts.ts) may write a notice.
Object.assign(process.env, { ALERT_SIGN_IN_FAILURES: "0", ALERT_REFUSALS_PER_USER: "0", ALERT_RATE_LIMITED: "0" });

const { currentUserModule, sessionStub, signInFresh } = await import("@/lib/testing/next-stubs");
const { db } = await import("@/lib/server/db");
const { buildWorld, theirRecords } = await import("@/lib/testing/fuzz/world");
const { actionTargets } = await import("@/lib/testing/fuzz/action-targets");
const { loadModule, serverActionFiles } = await import("@/lib/testing/fuzz/enumerate");
const { toFormData } = await import("@/lib/testing/fuzz/arbitraries");
const { fuzzSeed, fuzzTargets, summary } = await import("@/lib/testing/fuzz/run");

type World = Awaited<ReturnType<typeof buildWorld>>;
let world: World;

beforeAll(async () => {
  world = await buildWorld(db);
});
afterAll(() => db.$disconnect());

/** Puts back what an accepted case may have changed that the next target relies on. */
async function restore(w: World) {
  await db.merchant.updateMany({
    where: { id: { in: [w.mine.merchantId, w.theirs.merchantId] } },
    data: { verificationStatus: "APPROVED", accountState: "ACTIVE" },
  });
  await db.event.update({ where: { id: w.event.id }, data: { status: "PUBLISHED" } });
}

async function settle() {
  while (request.later.length) await Promise.allSettled(request.later.splice(0));
}

it("no server action gives a 500 or leaves anything half-written, whatever it is sent", async () => {
  const specs = actionTargets(world);
  const found: string[] = [];
  const targets = [];
  for (const file of serverActionFiles()) {
    const mod = await loadModule(file);
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== "function") continue;
      const key = `${file}#${name}`;
      found.push(key);
      const spec = specs[key];
      if (!spec) continue;
      const isOurs = spec.as === "owner" || spec.as === "member" || spec.as === "revisions";
      let theirs = "";
      const userId = spec.as ? world.users[spec.as] : null;
      targets.push({
        key,
        runs: spec.runs,
        arbitrary: spec.bound
          ? spec.bound.chain((b) => spec.form.map((f) => ({ b, f })))
          : spec.form.map((f) => ({ f })),
        begin: async () => {
          sessionStub.userId = userId;
          sessionStub.sessionId = undefined;
          await currentUserModule.currentSession();
          theirs = await theirRecords(db, world);
        },
        // Our merchant's calls never touch the other merchant's records, whatever they name.
        invariant: isOurs
          ? async () => ((await theirRecords(db, world)) === theirs ? null : "changed the other merchant's records")
          : undefined,
        prepare: spec.fresh
          ? async () => {
              sessionStub.userId = userId;
              if (userId) sessionStub.sessionId = await signInFresh(userId);
            }
          : undefined,
        mayWrite: spec.mayWrite,
        async call(input: unknown) {
          const { b, f } = input as { b?: string; f: Parameters<typeof toFormData>[0] };
          if (!spec.fresh) {
            sessionStub.userId = userId;
            sessionStub.sessionId = undefined;
          }
          request.cookies.clear();
          const formData = toFormData(f);
          if (spec.plain) {
            await (fn as (formData: FormData) => Promise<void>)(formData);
            return spec.plain(f);
          }
          const args = spec.bound ? [b, {}, formData] : [{}, formData];
          const state = (await (fn as (...a: unknown[]) => Promise<{ ok?: boolean }>)(...args)) ?? {};
          return state.ok === true ? "accepted" : "refused";
        },
      });
    }
  }
  // A new action needs an entry in lib/testing/fuzz/action-targets.ts; an entry needs its action.
  expect(found.filter((key) => !specs[key])).toEqual([]);
  expect(Object.keys(specs).filter((key) => !found.includes(key))).toEqual([]);

  const seed = fuzzSeed();
  const result = await fuzzTargets(db, targets, {
    seed,
    settle,
    after: () => restore(world),
  });
  sessionStub.userId = null;
  sessionStub.sessionId = undefined;
  console.log(summary("server actions", result, targets.length, seed));
  expect(result.failures).toEqual([]);
}, 900_000);
