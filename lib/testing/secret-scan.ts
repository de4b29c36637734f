// Looks through every response a test run produced, and the server's log,
// for what must never be in them (e2e/zz-secrets.spec.ts; the responses are
// recorded by scripts/e2e-record.mjs).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

export type Exchange = {
  method: string;
  /** Path and query, as the request named it. */
  url: string;
  status: number;
  requestCookie: string;
  /** The response's raw header block. */
  head: string;
  /** The body as text, decompressed; empty for binary bodies. */
  body: string;
};

export type Finding = { kind: string; where: string; excerpt: string };

export type ScanResult = {
  findings: Finding[];
  scanned: number;
  sessionValues: number;
  linkTokens: number;
  apiTokens: number;
};

const BCRYPT = /\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}/g;
const API_TOKEN = /cbec_[A-Za-z0-9_-]{43}/g;
/** One-time links: an invitation and a password reset (or first set-up) carry their token in the path. */
const LINK = /\/(invite|reset-password)\/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g;
const SESSION_COOKIE = /^(__Secure-|__Host-)?authjs\.session-token(\.\d+)?$/;
/** A stack frame, as text or inside a JSON string (a "\n" escaped). */
const STACK_FRAME = /(?:^|\n|\\n)\s*at (?:async )?\S+(?: \(\S+:\d+:\d+\)|:\d+:\d+)/;

/**
 * Where a secret may legitimately be:
 * - an invitation link in the answer to the owner's "create invitation" (POST
 *   /merchant/team, the reveal-once form), and an API token in the answer to
 *   "create token" (POST /merchant/settings/api): shown once, by design;
 * - a link's token in the responses to that link's own address (its page and
 *   the form posted to it): the browser already holds it in the URL;
 * - in the log, a one-time link as a whole line of a mail's text: without
 *   SMTP_URL the portal writes mails to the log (README), which is how the
 *   link reaches its reader then.
 * Session cookies belong in Set-Cookie and Cookie headers only.
 */
function revealsInvitation(e: Exchange) {
  return e.method === "POST" && pathOf(e.url) === "/merchant/team";
}
function revealsApiToken(e: Exchange) {
  return e.method === "POST" && pathOf(e.url) === "/merchant/settings/api";
}

function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}

function excerpt(text: string, index: number, secretLength: number): string {
  const before = text.slice(Math.max(0, index - 40), index).replace(/\s+/g, " ");
  const after = text.slice(index + secretLength, index + secretLength + 40).replace(/\s+/g, " ");
  // The secret itself is shortened, so that the report does not spread it further.
  return `${before}«${text.slice(index, index + 6)}…»${after}`;
}

function findAll(text: string, needle: string): number {
  return needle ? text.indexOf(needle) : -1;
}

function cookieValues(e: Exchange): string[] {
  const pairs = e.requestCookie.split(";").map((p) => p.trim());
  const setCookies = e.head
    .split(/\r?\n/)
    .filter((line) => /^set-cookie:/i.test(line))
    .map((line) =>
      line
        .slice(line.indexOf(":") + 1)
        .split(";")[0]
        .trim(),
    );
  return [...pairs, ...setCookies]
    .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const)
    .filter(([name, value]) => SESSION_COOKIE.test(name) && value.length >= 20)
    .map(([, value]) => value);
}

export function scanForSecrets({
  exchanges,
  log,
  authSecret,
  projectRoot,
}: {
  exchanges: Exchange[];
  log: string;
  authSecret: string;
  projectRoot: string;
}): ScanResult {
  const findings: Finding[] = [];
  const sessionValues = new Set(exchanges.flatMap(cookieValues));
  const linkTokens = new Map<string, string>();
  const apiTokens = new Set<string>();
  for (const e of exchanges) {
    for (const text of [e.url, e.body]) for (const [, kind, token] of text.matchAll(LINK)) linkTokens.set(token, kind);
    for (const [token] of e.body.matchAll(API_TOKEN)) apiTokens.add(token);
  }

  const report = (kind: string, where: string, text: string, index: number, length: number) =>
    findings.push({ kind, where, excerpt: excerpt(text, index, length) });

  for (const e of exchanges) {
    if (pathOf(e.url).startsWith("/_next/static/")) continue;
    const where = `${e.method} ${e.url} → ${e.status}`;
    for (const [part, text] of [
      ["headers", e.head],
      ["body", e.body],
    ] as const) {
      for (const m of text.matchAll(BCRYPT)) report(`password hash in ${part}`, where, text, m.index, m[0].length);
      const secretAt = findAll(text, authSecret);
      if (secretAt >= 0) report(`AUTH_SECRET in ${part}`, where, text, secretAt, authSecret.length);
    }
    const body = e.body;
    for (const value of sessionValues) {
      const at = body.indexOf(value);
      if (at >= 0) report("session cookie in body", where, body, at, value.length);
    }
    if (!revealsApiToken(e)) {
      for (const token of apiTokens) {
        const at = body.indexOf(token);
        if (at >= 0) report("API token", where, body, at, token.length);
      }
    }
    for (const [token, kind] of linkTokens) {
      const at = body.indexOf(token);
      if (at < 0) continue;
      const ownPage = pathOf(e.url).startsWith(`/${kind}/${token}`);
      const reveal = kind === "invite" && revealsInvitation(e);
      if (!ownPage && !reveal) report(`${kind} token`, where, body, at, token.length);
    }
    const frame = STACK_FRAME.exec(body);
    if (frame) report("stack trace", where, body, frame.index, 0);
    for (const path of [projectRoot, "node_modules/"]) {
      const at = body.indexOf(path);
      if (at >= 0) report("server file path", where, body, at, 0);
    }
  }

  log.split(/\r?\n/).forEach((line, i) => {
    const where = `server log line ${i + 1}`;
    for (const m of line.matchAll(BCRYPT)) report("password hash in log", where, line, m.index, m[0].length);
    const secretAt = findAll(line, authSecret);
    if (secretAt >= 0) report("AUTH_SECRET in log", where, line, secretAt, authSecret.length);
    for (const value of [...sessionValues, ...apiTokens]) {
      const at = line.indexOf(value);
      if (at >= 0) report("session cookie or API token in log", where, line, at, value.length);
    }
    const mail = unsentMailText(line);
    for (const [token, kind] of linkTokens) {
      const at = line.indexOf(token);
      if (at < 0) continue;
      const link = new RegExp(`^https?://[^\\s/]+/${kind}/${token}$`);
      // A link alone on its line of a mail the log kept (development and the demo only), and nowhere else.
      const mailedLink = mail
        ? !mail.rest.includes(token) && mail.text.split(/\r?\n/).every((l) => !l.includes(token) || link.test(l.trim()))
        : link.test(line.trim());
      if (!mailedLink) report(`${kind} token in log`, where, line, at, token.length);
    }
  });

  return {
    findings,
    scanned: exchanges.length,
    sessionValues: sessionValues.size,
    linkTokens: linkTokens.size,
    apiTokens: apiTokens.size,
  };
}

/** A mail log line's text (lib/server/mail/send-mail.ts), and the rest of the line without it; null for other lines. */
function unsentMailText(line: string): { text: string; rest: string } | null {
  if (!line.startsWith("{")) return null;
  try {
    const { text, ...rest } = JSON.parse(line) as { type?: unknown; text?: unknown };
    return rest.type === "mail" && typeof text === "string" ? { text, rest: JSON.stringify(rest) } : null;
  } catch {
    return null;
  }
}

type Recorded = Omit<Exchange, "body"> & { body: string /* base64, as sent */ };

const TEXT = /^(text\/|application\/(json|javascript|xml|x-component|problem\+json)|image\/svg)/;

function header(head: string, name: string): string {
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line
    ? line
        .slice(name.length + 1)
        .trim()
        .toLowerCase()
    : "";
}

/** A recorded body as text: decompressed as its Content-Encoding says; binary types give "". */
export function decodeBody(head: string, base64: string): string {
  const raw = Buffer.from(base64, "base64");
  if (raw.length === 0) return "";
  const encoding = header(head, "content-encoding");
  const bytes =
    encoding === "gzip"
      ? gunzipSync(raw)
      : encoding === "br"
        ? brotliDecompressSync(raw)
        : encoding === "deflate"
          ? inflateSync(raw)
          : raw;
  const type = header(head, "content-type");
  return !type || TEXT.test(type) ? bytes.toString("utf8") : "";
}

/** Every response scripts/e2e-record.mjs wrote to `dir`. */
export function readRecordedExchanges(dir: string): Exchange[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
  return files.flatMap((f) =>
    readFileSync(path.join(dir, f), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const r = JSON.parse(line) as Recorded;
        return { ...r, body: decodeBody(r.head, r.body) };
      }),
  );
}
