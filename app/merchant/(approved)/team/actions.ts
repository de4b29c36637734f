"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getUiLocale } from "@/lib/i18n/server";
import type { TextValues } from "@/lib/forms/text-values";
import { formAction } from "@/lib/server/actions/form-action";
import { db } from "@/lib/server/db";
import { InviteMember, inviteMember } from "@/lib/server/team/invite-member";
import { removeMember } from "@/lib/server/team/remove-member";
import { requestOrigin } from "@/lib/server/team/request-origin";
import { revokeInvitation } from "@/lib/server/team/revoke-invitation";

const OWNER_ONLY = "team.errors.ownerOnly";

/** The owner invites a colleague by a one-time link, shown once. */
export const inviteMemberAction = formAction<typeof InviteMember, "activeMerchant", TextValues, { link: string }>({
  access: "activeMerchant",
  forbidden: OWNER_ONLY,
  schema: InviteMember,
  values: (raw) => ({ email: typeof raw.email === "string" ? raw.email : "" }),
  messages: ["team.errors"],
  summary: false,
  async run({ email }, { actor, t, fail, invalid }) {
    const result = await inviteMember(db, actor, email, { origin: await requestOrigin(), locale: await getUiLocale() });
    if (!result.ok) return "reason" in result ? fail(OWNER_ONLY) : invalid(result.fieldErrors);
    revalidatePath("/merchant/team");
    return { ok: true, message: t("team.invite.created", { email: result.email }), data: { link: result.link } };
  },
});

const id = (name: string) => z.object({ [name]: z.string().transform((v) => v.slice(0, 64)) });

export const removeMemberAction = formAction({
  access: "activeMerchant",
  forbidden: OWNER_ONLY,
  schema: id("membershipId"),
  malformed: "team.errors.notFound",
  values: false,
  async run({ membershipId }, { actor, t, fail }) {
    const result = await removeMember(db, actor, membershipId);
    if (!result.ok) return fail(result.reason === "forbidden" ? OWNER_ONLY : `team.errors.${result.reason}`);
    revalidatePath("/merchant/team");
    return { ok: true, message: t("team.remove.done", { name: result.name }) };
  },
});

export const revokeInvitationAction = formAction({
  access: "activeMerchant",
  forbidden: OWNER_ONLY,
  schema: id("invitationId"),
  malformed: "team.errors.notFound",
  values: false,
  async run({ invitationId }, { actor, t, fail }) {
    const result = await revokeInvitation(db, actor, invitationId);
    if (!result.ok) return fail(result.reason === "forbidden" ? OWNER_ONLY : "team.errors.notFound");
    revalidatePath("/merchant/team");
    return { ok: true, message: t("team.revoke.done", { email: result.email }) };
  },
});
