import "server-only";
import type { Db } from "@/lib/db/create-client";

/** A merchant's members (owner first) and its invitations that can still be used. */
export async function getTeam(db: Db, merchantId: string, now = new Date()) {
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { merchantId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { merchantId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, expiresAt: true },
    }),
  ]);
  // Enum order differs between SQLite (text) and PostgreSQL (declared), so sort here.
  members.sort((a, b) => Number(b.role === "OWNER") - Number(a.role === "OWNER"));
  return { members, invitations };
}
