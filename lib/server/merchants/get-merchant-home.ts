import "server-only";
import { db } from "@/lib/server/db";

/** The signed-in member's own merchant; the id comes from the session. */
export function getOwnMerchant(merchantId: string) {
  return db.merchant.findUniqueOrThrow({
    where: { id: merchantId },
    include: {
      park: { include: { zone: true } },
      platforms: { include: { platform: true }, orderBy: { platform: { sortOrder: "asc" } } },
      categories: { orderBy: { hsChapter: "asc" } },
    },
  });
}
