// The multi-process tests (*.cluster.test.ts): portal processes started from
// the production build on one PostgreSQL database. `.ci/run` runs them after
// `npm test`; locally: TEST_POSTGRES_URL=… flock /tmp/e2e.lock npx vitest run --config vitest.cluster.config.ts
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.cluster.test.ts"],
    exclude: ["**/node_modules/**"],
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/setup-db.ts"],
    testTimeout: 300_000,
    hookTimeout: 900_000,
    pool: "forks",
    // One file at a time: each starts its own servers on fixed ports.
    fileParallelism: false,
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
  },
});
