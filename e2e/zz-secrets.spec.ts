import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { readRecordedExchanges, scanForSecrets } from "../lib/testing/secret-scan";

// Last in file order: every response the specs before it produced, as the
// server sent them (scripts/e2e-record.mjs), and the server's log
// (scripts/e2e-server.mjs). Run alone, it scans what the setup project and it
// produced, which is still a sign-in per account.

const root = process.cwd();
const dir = path.join(root, ".tmp/e2e");

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  return readFileSync(path.join(root, "data/auth-secret"), "utf8").trim();
}

test("no response and no log line of this run carries a password hash, a secret, a token out of place or a stack trace", async ({
  request,
}) => {
  // One response of its own, and a moment for the server to write the last records.
  expect((await request.get("/api/health")).status()).toBe(200);
  await expect
    .poll(() => readRecordedExchanges(path.join(dir, "responses")).some((e) => e.url === "/api/health"))
    .toBe(true);

  const exchanges = readRecordedExchanges(path.join(dir, "responses"));
  const log = existsSync(path.join(dir, "server.log")) ? readFileSync(path.join(dir, "server.log"), "utf8") : "";
  const result = scanForSecrets({ exchanges, log, authSecret: authSecret(), projectRoot: root });
  test.info().annotations.push({
    type: "scanned",
    description: `${result.scanned} responses, ${log.split("\n").length} log lines; ${result.sessionValues} session cookies, ${result.linkTokens} one-time links, ${result.apiTokens} API tokens looked for`,
  });
  // The setup project signed every demo account in: the scan had their session cookies to look for.
  expect(result.sessionValues).toBeGreaterThanOrEqual(4);
  expect(log).toContain("Serving on");
  expect(result.findings).toEqual([]);
});
