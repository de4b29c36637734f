"use server";
import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/server/auth/guards";
import { markAllNotificationsRead, markNotificationRead } from "./inbox";

export async function markReadAction(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  const id = formData.get("id");
  if (!user || typeof id !== "string") return;
  await markNotificationRead(user.id, id);
  revalidatePath("/", "layout");
}

export async function markAllReadAction(): Promise<void> {
  const user = await getSessionUser();
  if (!user) return;
  await markAllNotificationsRead(user.id);
  revalidatePath("/", "layout");
}
