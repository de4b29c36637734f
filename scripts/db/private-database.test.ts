import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureAuthSecret } from "../auth-secret.mjs";
import { prepareDatabase } from "./prepare.mjs";

const mode = (p: string) => statSync(p).mode & 0o777;
const scratch = () => mkdtempSync(path.join(tmpdir(), "cbec-modes-"));

// `npm start` on a machine shared with other users: the database, its WAL and
// the session secret are its own user's only.
describe("the embedded database's files", () => {
  it("are created 0600 in a 0700 folder, the WAL's companions included", async () => {
    const file = path.join(scratch(), "data", "cbec.db");
    await prepareDatabase(`file:${file}`, { log: () => {} });
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    // SQLite gives the -wal and -shm files the database's mode while a connection is open.
    const Database = (await import("better-sqlite3")).default;
    const conn = new Database(file);
    conn.exec("CREATE TABLE probe (x INTEGER); INSERT INTO probe VALUES (1);");
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    conn.close();
  });

  it("are set to 0600 when an existing database was world-readable, and a shared folder is left as it is", async () => {
    const dir = path.join(scratch(), "shared");
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    const file = path.join(dir, "portal.db");
    await prepareDatabase(`file:${file}`, { log: () => {} });
    chmodSync(file, 0o644);
    await prepareDatabase(`file:${file}`, { log: () => {} });
    expect(mode(file)).toBe(0o600);
    expect(mode(dir)).toBe(0o755);
  });

  it("include the session secret: its folder 0700, and an existing secret file set back to 0600", () => {
    const file = path.join(scratch(), "data", "auth-secret");
    mkdirSync(path.dirname(file), { mode: 0o755 });
    writeFileSync(file, "a".repeat(64));
    chmodSync(file, 0o644);
    ensureAuthSecret({}, file);
    expect(mode(file)).toBe(0o600);
    const fresh = path.join(scratch(), "data", "auth-secret");
    ensureAuthSecret({}, fresh);
    expect(mode(path.dirname(fresh))).toBe(0o700);
  });
});
