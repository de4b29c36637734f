import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "./password";

const PEPPER = "p".repeat(16) + "e".repeat(16) + "r".repeat(8);
const OTHER_PEPPER = "q".repeat(40);
const PASSWORD = "correct horse battery staple";

describe("password hashing with a pepper (ASVS 2.4.5)", () => {
  it("marks a peppered hash and checks it only with the same pepper", async () => {
    const hash = await hashPassword(PASSWORD, PEPPER);
    expect(hash.startsWith("$hmac-sha256$$2b$11$")).toBe(true);
    expect(await verifyPassword(PASSWORD, hash, PEPPER)).toBe(true);
    expect(await verifyPassword("wrong " + PASSWORD, hash, PEPPER)).toBe(false);
    expect(await verifyPassword(PASSWORD, hash, OTHER_PEPPER)).toBe(false);
    expect(await verifyPassword(PASSWORD, hash, undefined)).toBe(false);
  });

  it("gives someone holding only the database nothing to test guesses against", async () => {
    const hash = await hashPassword(PASSWORD, PEPPER);
    const bcryptPart = hash.slice("$hmac-sha256$".length);
    // Without the pepper, the unpeppered pre-hash of the right password does not match.
    const unpeppered = createHash("sha256").update(PASSWORD, "utf8").digest("base64");
    expect(await bcrypt.compare(unpeppered, bcryptPart)).toBe(false);
    expect(await bcrypt.compare(PASSWORD, bcryptPart)).toBe(false);
  });

  it("still accepts a hash made before the pepper was set, and asks for it to be replaced", async () => {
    const before = await hashPassword(PASSWORD, undefined);
    expect(before.startsWith("$sha256$")).toBe(true);
    expect(await verifyPassword(PASSWORD, before, PEPPER)).toBe(true);
    expect(needsRehash(before, PEPPER)).toBe(true);
    expect(needsRehash(before, undefined)).toBe(false);
    const after = await hashPassword(PASSWORD, PEPPER);
    expect(needsRehash(after, PEPPER)).toBe(false);
  });

  it("treats composed and decomposed forms of the same characters as one password", async () => {
    const hash = await hashPassword("caf\u00e9 au lait 2026", PEPPER);
    expect(await verifyPassword("cafe\u0301 au lait 2026", hash, PEPPER)).toBe(true);
  });
});
