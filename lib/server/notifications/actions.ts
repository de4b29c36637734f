"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainAction } from "@/lib/server/actions/form-action";
import { markAllNotificationsRead, markNotificationRead } from "./inbox";

export const markReadAction = plainAction({
  access: "user",
  schema: z.object({ id: z.string() }),
  malformed: "errors.notFoundTitle",
  async run({ id }, { actor }) {
    await markNotificationRead(actor.userId, id);
    revalidatePath("/", "layout");
  },
});

export const markAllReadAction = plainAction({
  access: "user",
  schema: z.object({}),
  async run(_input, { actor }) {
    await markAllNotificationsRead(actor.userId);
    revalidatePath("/", "layout");
  },
});
