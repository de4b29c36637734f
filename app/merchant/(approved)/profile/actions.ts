"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { profileFormValues, type ProfileValues } from "@/lib/forms/company-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { removeMerchantLogo, saveMerchantLogo } from "@/lib/server/merchants/logo";
import { updateMerchantProfile } from "@/lib/server/merchants/update-profile";
import { scanUpload } from "@/lib/server/uploads/scan";
import { emailNotifications } from "@/lib/server/notifications/notify";
import { ProfileUpdate } from "@/lib/validation/merchant";

export const updateProfileAction = formAction<typeof ProfileUpdate, "activeMerchant", ProfileValues>({
  access: "activeMerchant",
  forbidden: "profile.unavailable",
  schema: ProfileUpdate,
  arrayFields: ["platformIds", "hsChapters"],
  values: profileFormValues,
  messages: ["profile.errors"],
  async run(data, { actor, t, fail, invalid }) {
    const result = await updateMerchantProfile(db, actor, data);
    if (!result.ok && "reason" in result) {
      return fail(result.reason === "ownerOnly" ? "membership.profile.ownerOnly" : "profile.unavailable");
    }
    if (!result.ok) return invalid(result.fieldErrors);
    revalidatePath("/merchant", "layout");
    if (result.resubmitted) {
      await emailNotifications(result.notificationIds);
      // The merchant area is closed until the company is approved again.
      redirect("/merchant/status");
    }
    const saved = { ...data, nameEn: data.nameEn ?? "" };
    return { ok: true, message: t(result.changed.length ? "profile.saved" : "profile.unchanged"), values: saved };
  },
});

const LogoUpload = z.object({}).passthrough();

export const uploadLogoAction = formAction({
  access: "activeMerchant",
  forbidden: "profile.unavailable",
  schema: LogoUpload,
  values: false,
  messages: ["profile.logo.errors", "uploadScan"],
  // The file's problem stands next to the file input alone, without a form-wide alert.
  summary: false,
  async run(_input, { actor, t, formData, fail, invalid }) {
    const file = formData.get("logo");
    if (!(file instanceof Blob) || file.size === 0) return invalid({ logo: "empty" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const scan = await scanUpload(bytes, { where: "action:uploadLogo", userId: actor.userId });
    if (!scan.ok) return invalid({ logo: scan.reason });
    const result = await saveMerchantLogo(db, actor, bytes);
    if (!result.ok)
      return result.reason === "notFound" ? fail("profile.unavailable") : invalid({ logo: result.reason });
    revalidatePath("/merchant/profile");
    return { ok: true, message: t("profile.logo.saved") };
  },
});

export const removeLogoAction = formAction({
  access: "activeMerchant",
  forbidden: "profile.unavailable",
  schema: LogoUpload,
  values: false,
  async run(_input, { actor, t }) {
    await removeMerchantLogo(db, actor);
    revalidatePath("/merchant/profile");
    return { ok: true, message: t("profile.logo.removed") };
  },
});
