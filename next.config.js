import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // The catalogs are compiled at build time (every JSON file under this path
    // that the bundle imports), and next-intl formats them without its ICU
    // parser: 9 kB gzip less JavaScript on every page (issue 14). Only inside
    // Next.js builds: Vitest and the job runner read the JSON as written.
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // proxy.ts runs on every request (request id, CSP nonce and the security
  // headers live there), so Next buffers request bodies for it; CSV uploads of
  // up to 50,000 rows (about 6 MB, at most 20 MB) must get through.
  experimental: { proxyClientMaxBodySize: "25mb" },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
};

export default withNextIntl(nextConfig);
