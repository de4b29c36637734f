import { randomBytes } from "node:crypto";
import { z } from "zod";
import { publicOrigin, type Env } from "@/lib/env";
import type { Db } from "@/lib/db/create-client";
import { isUniqueViolation } from "@/lib/db/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { hashPassword } from "@/lib/server/auth/password";
import { issuePasswordToken } from "@/lib/server/auth/password-tokens";
import { emailField } from "@/lib/validation/merchant";
import { optionalText } from "@/lib/validation/text";

const StaffAccountInput = z.object({ email: emailField, name: optionalText(100) });

export type CreateStaffAccountResult =
  | { ok: true; userId: string; email: string; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid"; field: "email" | "name" }
  | { ok: false; reason: "exists"; email: string };

/**
 * A commission staff account for a real deployment (`npm run db:create-staff`),
 * with no usable password: its hash is of 32 random bytes no one ever sees.
 * The answer carries a one-time SETUP link token; its holder sets the password.
 * An address that already has an account is refused, and nothing changes.
 */
export async function createStaffAccount(
  db: Db,
  input: { email: unknown; name?: unknown },
  now = new Date(),
): Promise<CreateStaffAccountResult> {
  const parsed = StaffAccountInput.safeParse({ email: input.email, name: input.name ?? "" });
  if (!parsed.success)
    return { ok: false, reason: "invalid", field: parsed.error.issues[0].path[0] as "email" | "name" };
  const { email } = parsed.data;
  const name = parsed.data.name || email.slice(0, email.indexOf("@"));
  if (await db.user.findUnique({ where: { email }, select: { id: true } }))
    return { ok: false, reason: "exists", email };
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, passwordHash, role: "STAFF" }, select: { id: true } });
      await recordAudit(tx, {
        actorId: null,
        action: "user.create_staff",
        entityType: "User",
        entityId: user.id,
        details: { via: "db:create-staff" },
      });
      const { token, expiresAt } = await issuePasswordToken(tx, user.id, "SETUP", now);
      return { ok: true as const, userId: user.id, email, token, expiresAt };
    });
  } catch (error) {
    // Created by someone else between the lookup and the insert.
    if (isUniqueViolation(error, "email")) return { ok: false, reason: "exists", email };
    throw error;
  }
}

/** The link that sets the new account's password: the portal's public origin, or this machine's port. */
export function setupLink(token: string, env: Pick<Env, "AUTH_URL" | "PUBLIC_ORIGINS" | "PORT">): string {
  return `${publicOrigin(env)}/reset-password/${token}`;
}
