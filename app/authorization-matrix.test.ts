// The authorization matrix: every page (with its layouts), route handler method and
// server action, found on the file system, against every kind of caller (anonymous,
// pending, suspended, merchant A's owner and member, merchant B, A's park operator,
// another park's operator, staff). The expected outcome of each cell is in
// lib/testing/authorization/; a route with no entry there, or an entry with no route,
// fails. Callers of other merchants and parks are given merchant A's ids.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { currentUserModule, redirectTarget, sessionStub, signInFresh } from "@/lib/testing/next-stubs";
import type { ActionOutcome, PageOutcome } from "@/lib/testing/authorization/outcomes";
import type { Caller, World } from "@/lib/testing/authorization/world";

const cookieJar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-proto": "http" }),
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
  }),
}));
// Signing in and out goes through next-auth's request context; here a sign-in always
// fails (the forms are empty) and a sign-out only answers.
vi.mock("@/lib/server/auth/auth", async (importOriginal) => {
  const { CredentialsSignin } = await import("next-auth");
  return {
    ...(await importOriginal<object>()),
    signIn: async () => {
      throw new CredentialsSignin();
    },
    signOut: async () => undefined,
  };
});
vi.mock("@/lib/server/mail/send-mail", () => ({ sendMail: async () => undefined }));
// These calls refuse the same accounts many times over on purpose: no alert (observability/alerts.ts) may write a notice.
Object.assign(process.env, { ALERT_SIGN_IN_FAILURES: "0", ALERT_REFUSALS_PER_USER: "0", ALERT_RATE_LIMITED: "0" });

const { NextRequest } = await import("next/server");
const { db } = await import("@/lib/server/db");
const { seedDemo } = await import("@/lib/seed/demo");
const { createTranslator } = await import("next-intl");
const { loadMessages } = await import("@/lib/i18n/messages");
const { buildWorld, CALLERS } = await import("@/lib/testing/authorization/world");
const { PAGES } = await import("@/lib/testing/authorization/pages");
const { ROUTES, ROUTE_ORIGIN } = await import("@/lib/testing/authorization/routes");
const { ACTIONS } = await import("@/lib/testing/authorization/actions");

const ROOT = path.resolve(__dirname, "..");
const t = createTranslator({ locale: "en", messages: loadMessages("en") }) as unknown as (key: string) => string;

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "generated" ? [] : walk(rel);
    return [rel];
  });
}
const appFiles = walk("app");
const pageFiles = appFiles.filter((f) => /\/page\.[jt]sx?$/.test(f));
const routeFiles = appFiles.filter((f) => /\/route\.[jt]s$/.test(f));
// lib/testing is test support, never served (it names "use server" to find actions, as this file does).
const sources = [...appFiles, ...walk("lib"), ...walk("components")]
  .filter((f) => /\.[jt]sx?$/.test(f) && !/\.test\.[jt]sx?$/.test(f) && !f.startsWith("lib/testing/"))
  .map((f) => ({ file: f, code: readFileSync(path.join(ROOT, f), "utf8") }));
/** A module of server actions: "use server" first, before any code. */
const USE_SERVER = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/;
const actionFiles = sources.filter((s) => USE_SERVER.test(s.code)).map((s) => s.file);
/** Files with "use server" anywhere else: an action inside a component, which the matrix could not list. */
const inlineActions = sources
  .filter((s) => /["']use server["']/.test(s.code) && !USE_SERVER.test(s.code))
  .map((s) => s.file);
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const load = (file: string) => import(/* @vite-ignore */ `@/${file}`) as Promise<Record<string, unknown>>;

let w: World;
let cells = 0;
beforeAll(async () => {
  await seedDemo(db, { passwordHash: "unused" });
  w = await buildWorld(db);
});
afterAll(async () => {
  console.info(`authorization matrix: ${cells} cells checked`);
  await db.$disconnect();
});

function signInAs(caller: Caller) {
  sessionStub.userId = caller === "anonymous" ? null : w.users[caller];
  sessionStub.sessionId = undefined;
}

/** What is written anywhere a refused call could write. */
const digest = () =>
  Promise.all([
    db.auditLog.count(),
    db.notification.count(),
    db.sku.count(),
    db.declaration.count(),
    db.signup.count(),
    db.apiToken.count({ where: { revokedAt: null } }),
    db.invitation.count({ where: { revokedAt: null } }),
    db.membership.count(),
    db.merchant.count({ where: { verificationStatus: "APPROVED", accountState: "ACTIVE" } }),
    db.event.count(),
    db.partner.count(),
    db.zone.count(),
    db.park.count(),
    db.goal.count(),
    db.exchangeRate.count(),
    db.officialStat.count(),
    db.importJob.count(),
    db.merchantLogo.count(),
  ]);

/** A server component's output, as text (functions and cycles left out), to look for merchant A in. */
function text(value: unknown): string {
  const seen = new WeakSet();
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return String(v);
    if (typeof v === "object" && v !== null) {
      if (seen.has(v)) return undefined;
      seen.add(v);
    }
    return v;
  });
}
type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> };
const isElement = (v: unknown): v is Element => typeof v === "object" && v !== null && "$$typeof" in v && "props" in v;
const isAsync = (f: unknown) => typeof f === "function" && f.constructor.name === "AsyncFunction";

/**
 * The tree a page returns, with its async server components run in turn (they load
 * data of their own, and may send the request elsewhere); client components and
 * plain elements are kept with their props, which is what reaches the browser.
 */
async function renderServer(node: unknown): Promise<unknown> {
  if (node instanceof Promise) return renderServer(await node);
  if (Array.isArray(node)) return Promise.all(node.map(renderServer));
  if (!isElement(node)) return node;
  if (isAsync(node.type)) return renderServer(await (node.type as (p: object) => Promise<unknown>)(node.props));
  const { children, ...props } = node.props;
  return { props, children: await renderServer(children) };
}

const leaks = (body: string) => w.markers.filter((s) => body.includes(s));

/** Merchant A's data where a caller must not see it, or missing where the caller must (the check's own proof). */
function exposure(entry: { withoutMerchantA?: readonly Caller[]; withMerchantA?: readonly Caller[] }) {
  return (caller: Caller, body: string): Mismatch[] => {
    const found = leaks(body);
    if (entry.withoutMerchantA?.includes(caller) && found.length)
      return [{ caller, expected: "nothing of merchant A", got: found.join(", ") }];
    if (entry.withMerchantA?.includes(caller) && !found.length)
      return [{ caller, expected: "merchant A shown", got: "none of its names, USCC or SKU code" }];
    return [];
  };
}

type Mismatch = { caller: Caller; expected: string; got: string };

function layoutsOf(page: string): string[] {
  const dirs = path.dirname(page).split("/");
  return dirs.flatMap((_, i) =>
    appFiles.filter(
      (f) => /^layout\.[jt]sx?$/.test(path.basename(f)) && path.dirname(f) === dirs.slice(0, i + 1).join("/"),
    ),
  );
}

async function pageOutcome(file: string, caller: Caller): Promise<{ outcome: PageOutcome; body?: string }> {
  const entry = PAGES[file];
  signInAs(caller);
  const params = entry.params?.(w) ?? {};
  const props = { params: Promise.resolve(params), searchParams: Promise.resolve(entry.searchParams?.(w) ?? {}) };
  try {
    // Next.js runs every layout above a page with it: a layout's redirect or 404 is the answer.
    for (const layout of layoutsOf(file)) {
      const Layout = (await load(layout)).default as (p: object) => unknown;
      await Layout({ children: null, params: Promise.resolve(params) });
    }
    const Page = (await load(file)).default as (p: object) => unknown;
    return { outcome: "ok", body: text(await renderServer(await Page(props))) };
  } catch (error) {
    const to = redirectTarget(error);
    if (to) return { outcome: `redirect:${to}` };
    if ((error as { digest?: string }).digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { outcome: "notFound" };
    throw error;
  }
}

async function routeStatus(key: string, caller: Caller): Promise<{ status: number; body: string }> {
  const [file, method] = key.split(" ");
  const entry = ROUTES[key];
  const vars = (await entry.prepare?.(w, db)) ?? {};
  signInAs(entry.token ? "anonymous" : caller);
  const init = entry.init?.(w, vars) ?? {};
  const headers = new Headers(init.headers);
  const token = w.tokens[caller];
  if (entry.token && token) headers.set("authorization", `Bearer ${token}`);
  // Next.js hands route handlers a NextRequest.
  const request = new NextRequest(`${ROUTE_ORIGIN}${entry.url(w, vars)}`, {
    method,
    ...init,
    headers,
  } as ConstructorParameters<typeof NextRequest>[1]);
  const handler = (await load(file))[method] as (r: Request, c: object) => Promise<Response>;
  // next-auth logs the requests it refuses; the status says it.
  const quiet = entry.quiet ? vi.spyOn(console, "error").mockImplementation(() => {}) : null;
  try {
    const response = await handler(request, { params: Promise.resolve(entry.params?.(w, vars) ?? {}) });
    if (entry.endsSession && caller !== "anonymous") await signInFresh(w.users[caller]);
    return { status: response.status, body: await response.text() };
  } finally {
    quiet?.mockRestore();
  }
}

function formData(fields: Record<string, string | string[] | Blob>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) form.append(k, x);
  return form;
}

async function actionOutcome(key: string, caller: Caller): Promise<ActionOutcome | string> {
  const [file, name] = key.split("#");
  const entry = ACTIONS[key];
  const prepared = (await entry.prepare?.(w, db, caller)) ?? { form: {} };
  const watch = async () => text(await prepared.watch?.()) + (entry.plain ? text([...cookieJar]) : "");
  cookieJar.clear();
  signInAs(caller);
  // The caller's session is open before anything is counted (the stand-in opens it on first use).
  await currentUserModule.currentSession();
  const [before, watched] = await Promise.all([digest(), watch()]);
  const action = (await load(file))[name] as (...args: never[]) => Promise<unknown>;
  const form = formData(prepared.form);
  let state: { ok?: boolean; message?: string; fieldErrors?: object } | undefined;
  try {
    const call = entry.call ?? ((a, f) => (entry.plain ? a(f as never) : a({} as never, f as never)));
    state = (await call(action, form, w)) as typeof state;
  } catch (error) {
    if (!redirectTarget(error)) throw error;
    state = { ok: true };
  }
  const unchanged = text(await digest()) === text(before) && (await watch()) === watched;
  if (entry.endsSession && caller !== "anonymous") await signInFresh(w.users[caller]);
  if (entry.plain) return unchanged ? "unchanged" : "changed";
  // Done means done to the record the cell prepared: the proof that the refusals concern it.
  if (state?.ok === true) return prepared.watch && unchanged ? "ok (but nothing changed)" : "ok";
  // Every refusal below must leave everything as it was.
  const outcome = ((): string => {
    const message = state?.message;
    if (state?.fieldErrors && Object.keys(state.fieldErrors).length) return "invalid";
    const refusals = [entry.refusal ?? "errors.forbidden", entry.signedOut].filter(Boolean) as string[];
    if (message && refusals.some((k) => t(k) === message)) return "refused";
    if (message && entry.notFound && t(entry.notFound) === message) return "notFound";
    return `says:${message}`;
  })();
  if (!unchanged) return `${outcome} (but something was written)`;
  if (outcome.startsWith("says:")) {
    const key = Object.values(entry.expect).find((e) => e.startsWith("says:") && t(e.slice(5)) === outcome.slice(5));
    return key ?? outcome;
  }
  return outcome;
}

describe("the authorization matrix", () => {
  it("has an entry for every page, route handler method and server action, and none for what is gone", async () => {
    const routeKeys: string[] = [];
    for (const file of routeFiles) {
      const mod = await load(file);
      for (const m of METHODS) if (typeof mod[m] === "function") routeKeys.push(`${file} ${m}`);
    }
    const actionKeys: string[] = [];
    for (const file of actionFiles) {
      for (const [name, value] of Object.entries(await load(file))) {
        if (typeof value === "function") actionKeys.push(`${file}#${name}`);
      }
    }
    const diff = (table: object, found: string[]) => ({
      withoutEntry: found.filter((k) => !(k in table)),
      gone: Object.keys(table).filter((k) => !found.includes(k)),
    });
    const none = { withoutEntry: [], gone: [] };
    expect(inlineActions).toEqual([]);
    expect({
      pages: diff(PAGES, pageFiles),
      routes: diff(ROUTES, routeKeys),
      actions: diff(ACTIONS, actionKeys),
    }).toEqual({ pages: none, routes: none, actions: none });
  });

  describe("pages, with their layouts", () => {
    it.each(Object.keys(PAGES))("%s", async (file) => {
      const entry = PAGES[file];
      const wrong: Mismatch[] = [];
      for (const caller of CALLERS) {
        const { outcome, body } = await pageOutcome(file, caller);
        cells += 1;
        if (outcome !== entry.expect[caller]) wrong.push({ caller, expected: entry.expect[caller], got: outcome });
        if (body !== undefined) wrong.push(...exposure(entry)(caller, body));
      }
      expect(wrong).toEqual([]);
    });
  });

  describe("route handlers", () => {
    it.each(Object.keys(ROUTES))("%s", async (key) => {
      const entry = ROUTES[key];
      const wrong: Mismatch[] = [];
      for (const caller of CALLERS) {
        const { status, body } = await routeStatus(key, caller);
        cells += 1;
        if (status !== entry.expect[caller])
          wrong.push({ caller, expected: String(entry.expect[caller]), got: `${status} ${body.slice(0, 120)}` });
        if (status < 300) wrong.push(...exposure(entry)(caller, body));
      }
      expect(wrong).toEqual([]);
    });
  });

  describe("server actions", () => {
    it.each(Object.keys(ACTIONS))("%s", async (key) => {
      const entry = ACTIONS[key];
      const wrong: Mismatch[] = [];
      for (const caller of CALLERS) {
        const got = await actionOutcome(key, caller);
        cells += 1;
        if (got !== entry.expect[caller]) wrong.push({ caller, expected: entry.expect[caller], got });
      }
      expect(wrong).toEqual([]);
    });
  });
});
