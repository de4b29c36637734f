// Preloaded (node --import) into the server behind the Playwright specs by
// scripts/e2e-server.mjs: writes every response the server sends (status,
// headers, body as sent, compressed or not) to E2E_RECORD_DIR, one JSON line
// each, for e2e/zz-secrets.spec.ts to scan. Next's hashed static files are
// left out. Only the serving process (scripts/serve.mjs) records.
import { appendFileSync, mkdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";

const dir = process.env.E2E_RECORD_DIR;
const MAX_BODY = 8 * 1024 * 1024;

if (dir && process.argv[1]?.endsWith(path.join("scripts", "serve.mjs"))) {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${process.pid}.jsonl`);
  const bodies = new WeakMap();
  const { write, end } = http.ServerResponse.prototype;

  const capture = (res, chunk, encoding) => {
    if (chunk == null || typeof chunk === "function") return;
    let state = bodies.get(res);
    if (!state) {
      state = { chunks: [], size: 0, skip: res.req?.url?.startsWith("/_next/static/") ?? false };
      bodies.set(res, state);
      res.once("finish", () => record(res, state));
    }
    if (state.skip || state.size > MAX_BODY) return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    state.chunks.push(Buffer.from(buffer));
    state.size += buffer.length;
  };

  const record = (res, state) => {
    if (state.skip) return;
    const entry = {
      method: res.req?.method,
      url: res.req?.url,
      status: res.statusCode,
      requestCookie: res.req?.headers.cookie ?? "",
      head: res._header ?? "",
      body: Buffer.concat(state.chunks).toString("base64"),
    };
    appendFileSync(file, `${JSON.stringify(entry)}\n`);
  };

  http.ServerResponse.prototype.write = function (chunk, encoding, callback) {
    capture(this, chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  http.ServerResponse.prototype.end = function (chunk, encoding, callback) {
    // An empty body still gets its record (redirects, 204s, 304s).
    capture(this, typeof chunk === "function" || chunk == null ? Buffer.alloc(0) : chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
}
