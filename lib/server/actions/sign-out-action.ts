"use server";
import { z } from "zod";
import { plainAction } from "@/lib/server/actions/form-action";
import { signOut } from "@/lib/server/auth/auth";
import { currentSession } from "@/lib/server/auth/current-user";
import { revokeSession } from "@/lib/server/auth/sessions";
import { db } from "@/lib/server/db";
import { logSecurityEvent } from "@/lib/server/observability/security-log";

export const signOutAction = plainAction({
  access: "anyone",
  schema: z.object({}),
  async run() {
    // The session row is revoked, so a copy of the cookie no longer opens anything.
    const claims = await currentSession();
    if (claims?.sessionId) await revokeSession(db, claims.sessionId);
    await logSecurityEvent({ event: "signOut", userId: claims?.userId ?? null });
    await signOut({ redirectTo: "/login" });
  },
});
