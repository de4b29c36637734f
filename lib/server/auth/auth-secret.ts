import { EnvError, env, type Env } from "@/lib/env";

/**
 * The secret that signs session cookies. There is no built-in fallback: it is
 * supplied (AUTH_SECRET) or generated into data/auth-secret by `npm start` and
 * `npm run dev`. Only `next build`, which signs nothing, runs without one; a
 * server without one stops with a message naming the variable.
 */
export function authSecret(e: Pick<Env, "AUTH_SECRET" | "NEXT_PHASE"> = env()): string | undefined {
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (e.NEXT_PHASE === "phase-production-build") return undefined;
  throw new EnvError(
    "Invalid environment configuration:\n  AUTH_SECRET: is required (at least 32 characters; " +
      "`npm start` and `npm run dev` generate one into data/auth-secret)",
  );
}
