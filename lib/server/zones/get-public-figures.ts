import "server-only";
import { db } from "@/lib/server/db";

/** The live figures on the public landing page. */
export async function getPublicFigures() {
  const [designated, planned, parks, merchants, platforms] = await Promise.all([
    db.zone.count({ where: { kind: "DEMONSTRATION", status: "DESIGNATED" } }),
    db.zone.count({ where: { kind: "DEMONSTRATION", status: "PLANNED" } }),
    db.park.count(),
    db.merchant.count({ where: { verificationStatus: "APPROVED", accountState: "ACTIVE" } }),
    db.platform.count(),
  ]);
  return { designated, planned, parks, merchants, platforms };
}
