import type { Actor } from "./actor";

/** Whose scope: a staff-area user (the Actor, or the session user, which has the same fields). */
export type ScopeUser = Pick<Actor, "role" | "parkId">;

/** A park id column's filter: one park, or a list of them (empty: none). */
type ParkIdFilter = string | { in: string[] };
/** The fragment on the `parkId` column, as parkScope(user) returns it. */
export type ParkScope = { parkId?: ParkIdFilter };

/**
 * What a staff-area user sees, as a where fragment on a park id column
 * (`parkId` by default; `id` for the Park table itself): everything for
 * staff, one park for an operator. An operator without a park sees nothing
 * rather than everything: an empty `in` matches no row.
 */
export function parkScope(user: ScopeUser): ParkScope;
export function parkScope<C extends string>(user: ScopeUser, column: C): { [K in C]?: ParkIdFilter };
export function parkScope(user: ScopeUser, column = "parkId"): Record<string, ParkIdFilter> {
  if (user.role !== "PARK_OPERATOR") return {};
  return { [column]: user.parkId ?? { in: [] } };
}
