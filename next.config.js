import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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
