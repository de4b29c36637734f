import { defineConfig, devices } from "@playwright/test";
import { chromiumPath, CHROMIUM_ARGS } from "./e2e/support/chromium.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// A name, not an address: e2e/webauthn.spec.ts needs it, as a WebAuthn relying party id is a domain,
// never an IP address (the portal's AUTH_URL follows it). E2E_HOST=127.0.0.1 serves the suite by address.
const HOST = process.env.E2E_HOST === "127.0.0.1" ? "127.0.0.1" : "localhost";
const baseURL = `http://${HOST}:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: ".tmp/e2e/results",
  // One server and one database: specs run one after another, in file order.
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // One retry on CI, where a whole session's work rides on one run; a test
  // that passes only on its retry is still reported as "flaky" in the output.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], locale: "zh-CN" },
      dependencies: ["setup"],
      testIgnore: /.*\.setup\.ts/,
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // The portal's public URL is the one the browser uses: sign-in redirects and mail links point there.
    env: { PORT: String(PORT), AUTH_URL: baseURL },
  },
});
