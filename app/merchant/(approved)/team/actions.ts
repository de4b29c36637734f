"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { merchantActor } from "@/lib/server/auth/merchant-actor";
import { db } from "@/lib/server/db";
import { InviteMember, inviteMember } from "@/lib/server/team/invite-member";
import { removeMember } from "@/lib/server/team/remove-member";
import { revokeInvitation } from "@/lib/server/team/revoke-invitation";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors } from "@/lib/forms/field-errors";
import { getUiLocale } from "@/lib/i18n/server";
import type { ConfirmState } from "@/components/team/confirm-action";

export type InviteState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: { email?: string };
  email?: string;
  link?: string;
};

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 64) : "";
};

export async function inviteMemberAction(_prev: InviteState, formData: FormData): Promise<InviteState> {
  const [t, tv] = await Promise.all([getTranslations("team"), getTranslations("validation")]);
  const raw = formToObject(formData);
  const email = typeof raw.email === "string" ? raw.email : "";
  const actor = await merchantActor();
  if (!actor) return { ok: false, message: t("errors.ownerOnly"), email };
  const parsed = InviteMember.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: translateFieldErrors(parsed.error, tv), email };
  const result = await inviteMember(db, actor, parsed.data.email, {
    origin: await requestOrigin(),
    locale: await getUiLocale(),
  });
  if (!result.ok) {
    if ("reason" in result) return { ok: false, message: t("errors.ownerOnly"), email };
    return { ok: false, fieldErrors: { email: t(`errors.${result.fieldErrors.email}`) }, email };
  }
  revalidatePath("/merchant/team");
  return { ok: true, message: t("invite.created", { email: result.email }), link: result.link };
}

export async function removeMemberAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const t = await getTranslations("team");
  const actor = await merchantActor();
  if (!actor) return { ok: false, message: t("errors.ownerOnly") };
  const result = await removeMember(db, actor, field(formData, "membershipId"));
  if (!result.ok)
    return { ok: false, message: t(result.reason === "forbidden" ? "errors.ownerOnly" : `errors.${result.reason}`) };
  revalidatePath("/merchant/team");
  return { ok: true, message: t("remove.done", { name: result.name }) };
}

export async function revokeInvitationAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const t = await getTranslations("team");
  const actor = await merchantActor();
  if (!actor) return { ok: false, message: t("errors.ownerOnly") };
  const result = await revokeInvitation(db, actor, field(formData, "invitationId"));
  if (!result.ok)
    return { ok: false, message: t(result.reason === "forbidden" ? "errors.ownerOnly" : "errors.notFound") };
  revalidatePath("/merchant/team");
  return { ok: true, message: t("revoke.done", { email: result.email }) };
}
