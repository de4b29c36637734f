import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // server-only throws outside React Server Components; tests run the
      // server modules directly.
      "server-only": path.resolve(__dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/setup-db.ts", "lib/testing/setup-next.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // next-auth imports "next/server" without an extension; inlined, vite resolves it.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
  },
});
