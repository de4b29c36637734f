// The secret that signs session cookies, when AUTH_SECRET is not supplied:
// generated once into data/auth-secret (git-ignored, readable by its owner
// only) beside the embedded database, so sessions survive restarts without any
// configuration. There is no built-in fallback (lib/server/auth/auth-secret.ts).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { securePrivateFile } from "../lib/db/private-files.mjs";
import { root } from "../lib/db/schemas.mjs";

/**
 * Sets env.AUTH_SECRET from data/auth-secret, creating the file when missing.
 * @param {Record<string, string | undefined>} env
 * @param {string} [secretFile]
 */
export function ensureAuthSecret(env, secretFile = path.join(root, "data/auth-secret")) {
  if (env.AUTH_SECRET) return;
  // The folder 0700 and the file 0600, an existing one included.
  securePrivateFile(secretFile);
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
