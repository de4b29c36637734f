// Several portal processes on one database, for the multi-process tests:
// each runs `npm start`'s own script (scripts/start.mjs), which migrates,
// builds only when the build is missing or stale, and serves through
// scripts/serve.mjs, as a deployment does. The first is started alone, so
// that at most one of them builds.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { encode } from "next-auth/jwt";

const ROOT = path.resolve(__dirname, "../..");
/** The session cookie's name over http (lib/server/auth/session-cookie.ts). */
export const SESSION_COOKIE = "authjs.session-token";

export type AppServer = { url: string; process: ChildProcess; output: string[] };

async function waitForHealth(server: AppServer, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) {
      throw new Error(`${server.url} exited with ${server.process.exitCode}:\n${server.output.join("").slice(-4000)}`);
    }
    const ok = await fetch(`${server.url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${server.url} did not answer within ${timeoutMs} ms:\n${server.output.join("").slice(-4000)}`);
}

function startOne(port: number, env: Record<string, string | undefined>): AppServer {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: stopping it stops serve.mjs (and a build) with it.
    detached: true,
  });
  const server: AppServer = { url: `http://localhost:${port}`, process: child, output: [] };
  const keep = (chunk: Buffer) => {
    server.output.push(chunk.toString());
    if (server.output.length > 400) server.output.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return server;
}

/** Starts one process per port on the same environment (DATABASE_URL, AUTH_SECRET…), one after another. */
export async function startAppServers(ports: number[], env: Record<string, string | undefined>, timeoutMs = 600_000) {
  const servers: AppServer[] = [];
  try {
    for (const port of ports) {
      const server = startOne(port, env);
      servers.push(server);
      await waitForHealth(server, timeoutMs);
    }
  } catch (error) {
    stopAppServers(servers);
    throw error;
  }
  return servers;
}

export function stopAppServers(servers: AppServer[]) {
  for (const s of servers) {
    if (s.process.pid && s.process.exitCode === null) {
      try {
        process.kill(-s.process.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  }
}

/** The session cookie of a server-side session row, as Auth.js would set it after sign-in. */
export async function sessionCookie(user: { id: string; email: string; name: string }, sessionId: string) {
  const secret = process.env.AUTH_SECRET!;
  const jwt = await encode({
    token: { sub: user.id, email: user.email, name: user.name, sid: sessionId },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 3600,
  });
  return `${SESSION_COOKIE}=${jwt}`;
}
