import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { hasDemoAccounts } from "./demo-accounts";

/**
 * Whether this request's pages show the demo-data banner: looked up once per
 * request (the root layout asks). A failed lookup hides the banner rather than
 * every page; the page's own queries report the database's trouble.
 */
export const showDemoBanner = cache(async (): Promise<boolean> => {
  try {
    return await hasDemoAccounts(db);
  } catch (error) {
    console.error("Could not check for demo accounts:", error);
    return false;
  }
});
