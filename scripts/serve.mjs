// Serves the production build on PORT (default 3000), as `next start` does,
// but records each connection's address first (lib/server/peer-address.mjs):
// `next start` keeps a client's own X-Forwarded-For, so the sign-in limits
// could not tell clients apart. `npm start` runs this after building.
import { execFileSync } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { root } from "../lib/db/schemas.mjs";
import { appendPeerAddress } from "../lib/server/peer-address.mjs";

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
// Refuse to serve with a bad or missing variable (AUTH_SECRET, AUTH_URL…), naming it.
try {
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/check-env.ts")],
    {
      stdio: "inherit",
    },
  );
} catch {
  // check-env has named what is wrong.
  process.exit(1);
}
const port = Number(process.env.PORT || 3000);
// The name Next.js uses for itself (forwarded server actions); the server listens on every interface.
const hostname = "localhost";

const { default: next } = await import("next");
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  appendPeerAddress(req);
  handle(req, res);
});
server.listen(port, () => console.log(`Serving on http://localhost:${port}`));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
