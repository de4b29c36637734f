import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { defineList, listOrderBy, countedPage, type ListQuery, type SortDir } from "@/lib/paging";
import type { Actor } from "@/lib/server/auth/actor";
import { workingDaysAfter } from "./working-days";

/** /admin/closures: the oldest request first (the nearest deadline), or by when it was decided. */
export const CLOSURE_LIST = defineList({
  columns: { requested: "asc", decided: "desc" },
  sort: "requested",
  dir: "asc",
});

type ClosureSort = ListQuery<"requested" | "decided">["sort"];
const CLOSURE_ORDERS: Record<ClosureSort, (d: SortDir) => Prisma.AccountClosureRequestOrderByWithRelationInput[]> = {
  requested: (d) => [{ requestedAt: d }],
  decided: (d) => [{ decidedAt: d }, { requestedAt: "asc" }],
};

export const CLOSURE_STATUSES = ["PENDING", "COMPLETED", "REJECTED"] as const;
export type ClosureStatus = (typeof CLOSURE_STATUSES)[number];

/** The status filter from the URL: pending unless it names another status. */
export function closureStatusFilter(value: string | undefined): ClosureStatus {
  return CLOSURE_STATUSES.find((s) => s === value) ?? "PENDING";
}

/**
 * One page of closure requests, for commission staff only (park operators
 * and merchants are refused, whatever page they ask for), each with the day
 * it is due: 15 working days after it was made.
 */
export async function listClosureRequests(
  db: Db,
  actor: Pick<Actor, "role">,
  query: ListQuery<"requested" | "decided">,
  status: ClosureStatus,
) {
  if (actor.role !== "STAFF") throw new Error("listClosureRequests: commission staff only");
  const where = { status };
  const { paging, rows } = await countedPage(
    query.page,
    query.size,
    () => db.accountClosureRequest.count({ where }),
    ({ skip, take }) =>
      db.accountClosureRequest.findMany({
        where,
        orderBy: listOrderBy(CLOSURE_ORDERS, query),
        skip,
        take,
        select: {
          id: true,
          status: true,
          requestedAt: true,
          decidedAt: true,
          reason: true,
          user: {
            select: {
              id: true,
              name: true,
              email: true,
              role: true,
              membership: { select: { role: true, merchant: { select: { nameZh: true, nameEn: true } } } },
            },
          },
        },
      }),
  );
  return { paging, rows: rows.map((r) => ({ ...r, dueDay: workingDaysAfter(r.requestedAt) })) };
}
