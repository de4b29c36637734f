// The embedded database and the session secret are readable by the portal's
// own user only: their folder 0700, the files 0600, including SQLite's -wal
// and -shm (SQLite gives those the database file's mode).
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { root } from "./schemas.mjs";

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** The folder `npm start` keeps the database and the secret in. */
export const DATA_DIR = path.join(root, "data");

/**
 * Creates `dir` 0700 when missing. An existing folder is set to 0700 only when
 * it is the portal's own data folder: a database named somewhere shared (say
 * /tmp) must not lock that folder up.
 * @param {string} dir
 */
export function ensurePrivateDir(dir) {
  const absolute = path.resolve(dir);
  const existed = existsSync(absolute);
  mkdirSync(absolute, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!existed || absolute === DATA_DIR) chmodSync(absolute, PRIVATE_DIR_MODE);
}

/**
 * Makes the SQLite database file (empty when missing, which SQLite reads as a
 * new database) and its -wal and -shm companions 0600, and its folder private.
 * @param {string} file
 */
export function securePrivateDatabase(file) {
  ensurePrivateDir(path.dirname(file));
  closeSync(openSync(file, "a", PRIVATE_FILE_MODE));
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(f)) chmodSync(f, PRIVATE_FILE_MODE);
  }
}

/**
 * A private file holding a secret: written 0600, and an existing one set to 0600.
 * @param {string} file
 */
export function securePrivateFile(file) {
  ensurePrivateDir(path.dirname(file));
  if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}
