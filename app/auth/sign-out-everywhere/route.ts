import { signOutResponse } from "@/lib/server/account/sign-out";
import { db } from "@/lib/server/db";

/** The account page's "sign out of all devices" form posts here (lib/server/account/sign-out.ts). */
export async function POST(request: Request) {
  return signOutResponse(db, request, { everywhere: true });
}
