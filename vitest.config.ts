import path from "node:path";
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";
import { clientReferences } from "./lib/testing/client-references";

const RSC_CONDITIONS = ["react-server", ...defaultServerConditions];

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
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/setup-db.ts", "lib/testing/setup-next.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // next-auth imports "next/server" without an extension; inlined, vite resolves it.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "server",
          include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
          // *.cluster.test.ts start server processes: vitest.cluster.config.ts runs them.
          exclude: ["**/*.rsc.test.ts", "**/*.cluster.test.ts", "**/node_modules/**"],
        },
      },
      {
        // Server components rendered as Next.js renders them: React's
        // react-server build, so that cache() is scoped to one render.
        extends: true,
        plugins: [clientReferences()],
        // next/link is a client component the server only refers to.
        resolve: { alias: { "next/link": path.resolve(__dirname, "lib/testing/client-link.ts") } },
        ssr: { resolve: { conditions: RSC_CONDITIONS, externalConditions: ["react-server"] } },
        test: {
          name: "rsc",
          include: ["**/*.rsc.test.ts"],
          exclude: ["**/node_modules/**"],
          execArgv: ["--conditions=react-server"],
          // next-intl's react-server entry imports "next/headers" without an extension.
          server: { deps: { inline: ["next-auth", "@auth/core", "next-intl"] } },
        },
      },
    ],
  },
});
