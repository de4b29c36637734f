import { signOutResponse } from "@/lib/server/account/sign-out";
import { db } from "@/lib/server/db";

/** The user menu's sign-out form posts here (lib/server/account/sign-out.ts). */
export async function POST(request: Request) {
  return signOutResponse(db, request);
}
