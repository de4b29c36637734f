import "server-only";
import type { DbOrTx } from "@/lib/db/create-client";
import { dayToDate } from "@/lib/time/days";
import { addMonths, monthParts } from "@/lib/time/months";
import { monthOf, shanghaiDay } from "@/lib/time/shanghai";
import { DEFAULT_LOW_STOCK_THRESHOLD } from "@/lib/validation/sku";
import { visibleNotifications } from "@/lib/server/notifications/inbox";
import { recommendEvents } from "./home-recommendations";

export type LowStockSku = {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  stock: number;
  threshold: number;
};
export type MonthFigure = { count: number; valueFen: bigint };

const LOW_STOCK_SHOWN = 6;
const UPCOMING_SHOWN = 4;

/**
 * The merchant's active SKUs whose stock across its warehouses is at or
 * below their own threshold (10 units unless set), lowest first, and how
 * many there are. One grouped query on the merchant's rows.
 */
export async function lowStockSkus(db: DbOrTx, merchantId: string, take = LOW_STOCK_SHOWN) {
  type Raw = { id: string; code: string; nameZh: string; nameEn: string; stock: unknown; threshold: unknown };
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Raw[]>`
      SELECT k."id" AS id, k."code" AS code, k."nameZh" AS "nameZh", k."nameEn" AS "nameEn",
             COALESCE(SUM(s."quantity"), 0) AS stock, k."lowStockThreshold" AS threshold
      FROM "Sku" k
      LEFT JOIN "SkuStock" s ON s."skuId" = k."id"
      WHERE k."merchantId" = ${merchantId} AND k."status" = 'ACTIVE'
      GROUP BY k."id", k."code", k."nameZh", k."nameEn", k."lowStockThreshold"
      HAVING COALESCE(SUM(s."quantity"), 0) <= k."lowStockThreshold"
      ORDER BY stock ASC, k."code" ASC
      LIMIT ${take}`,
    db.$queryRaw<{ n: unknown }[]>`
      SELECT COUNT(*) AS n FROM (
        SELECT k."id"
        FROM "Sku" k
        LEFT JOIN "SkuStock" s ON s."skuId" = k."id"
        WHERE k."merchantId" = ${merchantId} AND k."status" = 'ACTIVE'
        GROUP BY k."id", k."lowStockThreshold"
        HAVING COALESCE(SUM(s."quantity"), 0) <= k."lowStockThreshold"
      ) low`,
  ]);
  const items: LowStockSku[] = rows.map((r) => ({ ...r, stock: Number(r.stock), threshold: Number(r.threshold) }));
  return { items, total: Number(counted[0]?.n ?? 0) };
}

/**
 * This Shanghai month's declarations so far against last month: the same
 * days of last month (1 to today's date, or to its last day) and the whole
 * of it. Summed from the merchant's own rows through its (merchantId,
 * declaredOn) index.
 */
export async function monthComparison(db: DbOrTx, merchantId: string, now: Date) {
  const today = shanghaiDay(now);
  const month = monthOf(now);
  const previous = addMonths(month, -1);
  const dayOfMonth = Number(today.slice(8, 10));
  const { year, month: m } = monthParts(previous);
  const previousLength = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const sameDays = Math.min(dayOfMonth, previousLength);
  const day = (mo: string, d: number) => dayToDate(`${mo}-${String(d).padStart(2, "0")}`);
  const sum = async (gte: Date, lt: Date): Promise<MonthFigure> => {
    const r = await db.declaration.aggregate({
      where: { merchantId, declaredOn: { gte, lt } },
      _count: { _all: true },
      _sum: { valueFen: true },
    });
    return { count: r._count._all, valueFen: r._sum.valueFen ?? 0n };
  };
  const nextMonthStart = dayToDate(`${addMonths(month, 1)}-01`);
  const [thisMonth, lastMonthSameDays, lastMonth] = await Promise.all([
    sum(day(month, 1), nextMonthStart),
    sum(day(previous, 1), new Date(day(previous, sameDays).getTime() + 86_400_000)),
    sum(day(previous, 1), day(month, 1)),
  ]);
  return { month, previous, dayOfMonth, sameDays, thisMonth, lastMonthSameDays, lastMonth };
}

/** The merchant's signups for events yet to end, soonest first, with the number of live tickets of each. */
export async function upcomingSignups(db: DbOrTx, merchantId: string, now: Date, take = UPCOMING_SHOWN) {
  const rows = await db.signup.findMany({
    where: {
      merchantId,
      status: { in: ["CONFIRMED", "WAITLISTED"] },
      event: { status: "PUBLISHED", endsAt: { gt: now } },
    },
    orderBy: [{ event: { startsAt: "asc" } }, { id: "asc" }],
    take,
    select: {
      id: true,
      status: true,
      seats: true,
      waitlistSeq: true,
      event: { select: { id: true, slug: true, titleZh: true, titleEn: true, startsAt: true } },
      _count: { select: { tickets: { where: { cancelledAt: null } } } },
    },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, tickets: _count.tickets }));
}

/**
 * Everything the approved merchant's home shows, each panel bounded and
 * scoped by the merchant's id inside its query. Unread notices are the
 * reader's own (lib/server/notifications/inbox.ts decides which they see).
 */
export async function getMerchantHome(db: DbOrTx, merchantId: string, now: Date) {
  const [lowStock, months, upcoming, recommended] = await Promise.all([
    lowStockSkus(db, merchantId),
    monthComparison(db, merchantId, now),
    upcomingSignups(db, merchantId, now),
    recommendEvents(db, merchantId, now),
  ]);
  return { lowStock, months, upcoming, recommended };
}
export type MerchantHome = Awaited<ReturnType<typeof getMerchantHome>>;

/** A SKU's low-stock threshold for its edit form; the merchant is part of the lookup. */
export async function skuLowStockThreshold(db: DbOrTx, merchantId: string, skuId: string): Promise<number> {
  const sku = await db.sku.findFirst({ where: { id: skuId, merchantId }, select: { lowStockThreshold: true } });
  return sku?.lowStockThreshold ?? DEFAULT_LOW_STOCK_THRESHOLD;
}

/** The reader's unread notices that the inbox would show them (its rule), newest first, and how many. */
export async function unreadNotices(db: DbOrTx, userId: string, take = 3) {
  const where = { ...(await visibleNotifications(userId)), readAt: null };
  const [count, items] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take }),
  ]);
  return { count, items };
}
