import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Actor } from "@/lib/server/auth/actor";
import { REGISTER_CONFLICT } from "./register-merchant";

const WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export type RegistrationConflict = {
  id: string;
  at: Date;
  kind: "email" | "uscc";
  nameZh: string;
  uscc: string;
  /** The company already registered with the USCC, for a USCC conflict. */
  existing: { id: string; nameZh: string; nameEn: string } | null;
};

/**
 * Registrations of the last 30 days that named an email or a USCC already on
 * the portal, newest first, for commission staff (a company that did not
 * register itself contacts them). Park operators and merchants see none.
 */
export async function listRegistrationConflicts(
  db: Db,
  viewer: Pick<Actor, "role">,
  opts: { now?: Date; take?: number } = {},
): Promise<RegistrationConflict[]> {
  if (viewer.role !== "STAFF") return [];
  const now = opts.now ?? new Date();
  const rows = await db.auditLog.findMany({
    where: { action: REGISTER_CONFLICT, createdAt: { gte: new Date(now.getTime() - WINDOW_MS) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.take ?? 20,
    select: { id: true, createdAt: true, entityType: true, entityId: true, details: true },
  });
  const merchantIds = rows.filter((r) => r.entityType === "Merchant").map((r) => r.entityId);
  const merchants = await db.merchant.findMany({
    where: { id: { in: merchantIds } },
    select: { id: true, nameZh: true, nameEn: true },
  });
  return rows.map((r) => {
    let details: { conflict?: unknown; nameZh?: unknown; uscc?: unknown } = {};
    try {
      details = JSON.parse(r.details) as typeof details;
    } catch {
      details = {};
    }
    const kind = details.conflict === "uscc" ? "uscc" : "email";
    return {
      id: r.id,
      at: r.createdAt,
      kind,
      nameZh: typeof details.nameZh === "string" ? details.nameZh : "",
      uscc: typeof details.uscc === "string" ? details.uscc : "",
      existing: kind === "uscc" ? (merchants.find((m) => m.id === r.entityId) ?? null) : null,
    };
  });
}
