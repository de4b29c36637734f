"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TextValues } from "@/lib/forms/text-values";
import { formAction } from "@/lib/server/actions/form-action";
import { CreateApiToken, createApiToken } from "@/lib/server/api/create-api-token";
import { revokeApiToken } from "@/lib/server/api/revoke-api-token";
import { confirmPassword } from "@/lib/server/auth/reauthenticate";
import { db } from "@/lib/server/db";
import { findOwnerMembership } from "@/lib/server/team/owner";
import { PASSWORD_MAX } from "@/lib/validation/password";
import { recordId } from "@/lib/validation/text";

const OWNER_ONLY = "apiTokens.errors.ownerOnly";

/** The token's name, and the owner's current password typed again (ASVS 3.7.1). */
const CreateTokenForm = CreateApiToken.extend({
  currentPassword: z.string().min(1, "required").max(PASSWORD_MAX, "wrongPassword"),
});

/**
 * The owner creates a bearer token for the ERP API; it is shown once, and
 * stored hashed. The current password is asked first, as a token opens the
 * merchant's data to whoever holds it.
 */
export const createTokenAction = formAction<typeof CreateTokenForm, "activeMerchant", TextValues, { token: string }>({
  access: "activeMerchant",
  forbidden: OWNER_ONLY,
  schema: CreateTokenForm,
  messages: ["account.password"],
  // The password is never sent back.
  values: (raw) => ({ name: typeof raw.name === "string" ? raw.name : "" }),
  summary: false,
  async run({ name, currentPassword }, { actor, t, fail, invalid }) {
    if (!(await findOwnerMembership(db, actor))) return fail(OWNER_ONLY);
    if (!(await confirmPassword(db, actor.userId, currentPassword)))
      return invalid({ currentPassword: "wrongPassword" });
    const result = await createApiToken(db, actor, name);
    if (!result.ok) return fail(result.reason === "forbidden" ? OWNER_ONLY : "apiTokens.errors.tooMany");
    revalidatePath("/merchant/settings/api");
    return { ok: true, message: t("apiTokens.create.created", { name: result.name }), data: { token: result.token } };
  },
});

export const revokeTokenAction = formAction({
  access: "activeMerchant",
  forbidden: OWNER_ONLY,
  schema: z.object({ tokenId: recordId() }),
  malformed: "apiTokens.errors.notFound",
  values: false,
  async run({ tokenId }, { actor, t, fail }) {
    const result = await revokeApiToken(db, actor, tokenId);
    if (!result.ok) return fail(result.reason === "forbidden" ? OWNER_ONLY : "apiTokens.errors.notFound");
    revalidatePath("/merchant/settings/api");
    return { ok: true, message: t("apiTokens.revoke.done", { name: result.name }) };
  },
});
