// Every route handler fed generated bad requests (lib/testing/fuzz): none
// answers 500 or throws, and none that refuses changes anything. FUZZ_SEED
// replays a run.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { RouteRequest } from "@/lib/testing/fuzz/route-targets";

// The request context: headers for links, a cookie jar, work scheduled with after(), and the mailer.
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
process.env.LOGIN_MAX_DELAY_MS = "0";
// These calls refuse the same accounts many times over on purpose: no alert (observability/alerts.ts) may write a notice.
Object.assign(process.env, { ALERT_SIGN_IN_FAILURES: "0", ALERT_REFUSALS_PER_USER: "0", ALERT_RATE_LIMITED: "0" });

const { NextRequest } = await import("next/server");
const { currentUserModule, sessionStub } = await import("@/lib/testing/next-stubs");
const { db } = await import("@/lib/server/db");
const { buildWorld, theirRecords } = await import("@/lib/testing/fuzz/world");
const { routeTargets } = await import("@/lib/testing/fuzz/route-targets");
const { HTTP_METHODS, loadModule, routeFiles } = await import("@/lib/testing/fuzz/enumerate");
const { toFormData } = await import("@/lib/testing/fuzz/arbitraries");
const { fuzzSeed, fuzzTargets, summary } = await import("@/lib/testing/fuzz/run");
const { runQueuedJobs } = await import("@/lib/testing/job-fixtures");
const { importRunner } = await import("@/lib/server/imports/import-runner");

type World = Awaited<ReturnType<typeof buildWorld>>;
let world: World;

beforeAll(async () => {
  world = await buildWorld(db);
});
afterAll(async () => {
  await importRunner().close();
  await db.$disconnect();
});

/** Waits for the work a call left running: after() tasks, and the jobs it queued (imports run on worker threads). */
async function settle() {
  while (request.later.length) await Promise.allSettled(request.later.splice(0));
  await runQueuedJobs();
  await importRunner().idle();
}

it("no route handler answers 500 or leaves anything half-written, whatever it is sent", async () => {
  const specs = routeTargets(world);
  const found: string[] = [];
  const targets = [];
  for (const file of routeFiles()) {
    const mod = await loadModule(file);
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (typeof handler !== "function") continue;
      const key = `${file}#${method}`;
      found.push(key);
      const spec = specs[key];
      if (!spec) continue;
      const isOurs = spec.as === "owner" || spec.as === "token";
      let theirs = "";
      const userId = spec.as && spec.as !== "token" ? world.users[spec.as] : null;
      targets.push({
        key,
        runs: spec.runs,
        arbitrary: spec.request,
        mayWrite: spec.mayWrite,
        mayLog: spec.mayLog,
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
        async call(input: unknown) {
          const r = input as RouteRequest;
          sessionStub.userId = userId;
          request.cookies.clear();
          const headers = new Headers([["host", "portal.test"], ...r.headers]);
          const body =
            r.body === undefined || method === "GET"
              ? undefined
              : Array.isArray(r.body)
                ? toFormData(r.body)
                : (r.body as BodyInit);
          const req = new NextRequest(`https://portal.test${r.path}`, { method, headers, body });
          const response: Response = await (handler as (...a: unknown[]) => Promise<Response>)(req, {
            params: Promise.resolve(r.params),
          });
          await response.arrayBuffer();
          if (response.status >= 500) throw new Error(`answered ${response.status}`);
          return (spec.accepted ?? ((res: Response) => res.status < 400))(response) ? "accepted" : "refused";
        },
      });
    }
  }
  // A new route handler needs an entry in lib/testing/fuzz/route-targets.ts; an entry needs its handler.
  expect(found.filter((key) => !specs[key])).toEqual([]);
  expect(Object.keys(specs).filter((key) => !found.includes(key))).toEqual([]);

  const seed = fuzzSeed();
  const result = await fuzzTargets(db, targets, { seed, settle });
  sessionStub.userId = null;
  console.log(summary("route handlers", result, targets.length, seed));
  expect(result.failures).toEqual([]);
}, 900_000);
