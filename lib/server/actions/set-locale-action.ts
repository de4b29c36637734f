"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { plainAction } from "@/lib/server/actions/form-action";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

export const setLocaleAction = plainAction({
  access: "anyone",
  schema: z.object({ locale: z.enum(LOCALES) }),
  malformed: "validation.invalidChoice",
  async run({ locale }) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: false,
    });
    revalidatePath("/", "layout");
  },
});
