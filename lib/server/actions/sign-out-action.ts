"use server";
import { z } from "zod";
import { plainAction } from "@/lib/server/actions/form-action";
import { signOut } from "@/lib/server/auth/auth";

export const signOutAction = plainAction({
  access: "anyone",
  schema: z.object({}),
  async run() {
    await signOut({ redirectTo: "/login" });
  },
});
