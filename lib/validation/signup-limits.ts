// The event signup's limits, in a module of their own with no imports: the
// signup form (a client component) reads them, and importing them from
// ./event.ts would send zod and the country list to the browser with them.

/** Named attendees (seats) one signup may take. */
export const MAX_SEATS_PER_SIGNUP = 3;
