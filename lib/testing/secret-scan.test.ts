import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeBody, scanForSecrets, type Exchange } from "./secret-scan";

const SECRET = "3f7c0a9d1e2b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5";
const HASH = "$2b$10$" + "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
const SESSION = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..c2Vzc2lvbi1pZA";
const INVITE = "Q".repeat(20) + "w".repeat(23);
const API = "cbec_" + "k".repeat(43);

function exchange(over: Partial<Exchange>): Exchange {
  return {
    method: "GET",
    url: "/",
    status: 200,
    requestCookie: "",
    head: "HTTP/1.1 200 OK\r\ncontent-type: text/html; charset=utf-8\r\n",
    body: "<html><body>ok</body></html>",
    ...over,
  };
}

function scan(exchanges: Exchange[], log = "") {
  return scanForSecrets({ exchanges, log, authSecret: SECRET, projectRoot: "/work/main" });
}

function kinds(exchanges: Exchange[], log = "") {
  return scan(exchanges, log).findings.map((f) => `${f.kind} @ ${f.where}`);
}

// The run as it should be: a sign-in that sets the session cookie, pages that
// send it back, the reveal-once answers and the one-time link's own page.
const clean = [
  exchange({
    method: "POST",
    url: "/login",
    status: 303,
    head: `HTTP/1.1 303 See Other\r\nset-cookie: authjs.session-token=${SESSION}; Path=/; HttpOnly\r\n`,
    body: "",
  }),
  exchange({ url: "/merchant/team", requestCookie: `NEXT_LOCALE=en; authjs.session-token=${SESSION}` }),
  exchange({ method: "POST", url: "/merchant/team", body: `{"link":"http://127.0.0.1:3207/invite/${INVITE}"}` }),
  exchange({ url: `/invite/${INVITE}`, body: `["token","${INVITE}","d"]` }),
  exchange({ method: "POST", url: "/merchant/settings/api", body: `{"token":"${API}"}` }),
  exchange({ url: "/_next/static/chunks/app.js", body: "    at render (/work/main/node_modules/x.js:1:2)" }),
];

describe("the secrets scan", () => {
  it("finds nothing in a run where secrets stay where they belong", () => {
    const result = scan(
      clean,
      JSON.stringify({ type: "mail", to: "a@example.com", text: `Join us:\nhttp://127.0.0.1:3207/invite/${INVITE}\n` }),
    );
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ scanned: clean.length, sessionValues: 1, linkTokens: 1, apiTokens: 1 });
  });

  it("finds a password hash in a body or a header, and the AUTH_SECRET anywhere", () => {
    expect(kinds([...clean, exchange({ url: "/api/me", body: `{"passwordHash":"${HASH}"}` })])).toEqual([
      "password hash in body @ GET /api/me → 200",
    ]);
    expect(kinds([...clean, exchange({ head: `HTTP/1.1 200 OK\r\nx-debug: ${HASH}\r\n` })])).toEqual([
      "password hash in headers @ GET / → 200",
    ]);
    expect(kinds([...clean, exchange({ body: `<script>var s="${SECRET}"</script>` })])).toEqual([
      "AUTH_SECRET in body @ GET / → 200",
    ]);
    expect(kinds(clean, `AUTH_SECRET=${SECRET}`)).toEqual(["AUTH_SECRET in log @ server log line 1"]);
    expect(kinds(clean, `user ${HASH}`)).toEqual(["password hash in log @ server log line 1"]);
  });

  it("finds the session cookie's value in a body, though never in Set-Cookie", () => {
    expect(kinds([...clean, exchange({ url: "/account", body: `{"session":"${SESSION}"}` })])).toEqual([
      "session cookie in body @ GET /account → 200",
    ]);
    expect(kinds(clean, `cookie: authjs.session-token=${SESSION}`)).toEqual([
      "session cookie or API token in log @ server log line 1",
    ]);
  });

  it("finds an API token anywhere but the answer that creates it", () => {
    expect(kinds([...clean, exchange({ url: "/merchant/settings/api", body: `<td>${API}</td>` })])).toEqual([
      "API token @ GET /merchant/settings/api → 200",
    ]);
  });

  it("finds an invitation token outside its reveal and its own page, and in the log outside a mailed link", () => {
    expect(kinds([...clean, exchange({ url: "/merchant/team", body: `<td>${INVITE}</td>` })])).toEqual([
      "invite token @ GET /merchant/team → 200",
    ]);
    expect(kinds(clean, `{"level":"error","path":"/invite/${INVITE}"}`)).toEqual([
      "invite token in log @ server log line 1",
    ]);
    expect(kinds(clean, JSON.stringify({ type: "mail", subject: INVITE, text: "Join us" }))).toEqual([
      "invite token in log @ server log line 1",
    ]);
    expect(kinds(clean, JSON.stringify({ type: "mail", text: `token ${INVITE} inside a sentence` }))).toEqual([
      "invite token in log @ server log line 1",
    ]);
  });

  it("finds a stack trace or a server path in a body, but not in Next's static files", () => {
    const stack = "Error: boom\n    at Page (/srv/app/page.js:10:5)";
    expect(kinds([...clean, exchange({ url: "/admin", status: 500, body: stack })])).toEqual([
      "stack trace @ GET /admin → 500",
    ]);
    expect(kinds([...clean, exchange({ url: "/api/x", body: JSON.stringify({ stack }) })])).toEqual([
      "stack trace @ GET /api/x → 200",
    ]);
    expect(kinds([...clean, exchange({ body: "ENOENT /work/main/data/cbec.db" })])).toEqual([
      "server file path @ GET / → 200",
    ]);
    expect(kinds([...clean, exchange({ body: "Cannot find module 'node_modules/x'" })])).toEqual([
      "server file path @ GET / → 200",
    ]);
  });

  it("never prints a whole secret in its report", () => {
    const [finding] = scan([exchange({ body: `x ${SECRET} y` })]).findings;
    expect(finding.excerpt).not.toContain(SECRET);
  });
});

describe("recorded bodies", () => {
  it("are read as sent: gzip is undone, binary types are skipped", () => {
    const html = "<p>hello</p>";
    const gz = gzipSync(html).toString("base64");
    expect(decodeBody("HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-encoding: gzip\r\n", gz)).toBe(html);
    expect(decodeBody("HTTP/1.1 200 OK\r\ncontent-type: image/png\r\n", Buffer.from("PNG").toString("base64"))).toBe(
      "",
    );
    expect(
      decodeBody("HTTP/1.1 200 OK\r\ncontent-type: text/x-component\r\n", Buffer.from("0:[]").toString("base64")),
    ).toBe("0:[]");
  });
});
