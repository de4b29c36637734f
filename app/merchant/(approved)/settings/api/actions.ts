"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TextValues } from "@/lib/forms/text-values";
import { formAction } from "@/lib/server/actions/form-action";
import { CreateApiToken, createApiToken } from "@/lib/server/api/create-api-token";
import { revokeApiToken } from "@/lib/server/api/revoke-api-token";
import { db } from "@/lib/server/db";
import { recordId } from "@/lib/validation/text";

const OWNER_ONLY = "apiTokens.errors.ownerOnly";

/** The owner creates a bearer token for the ERP API; it is shown once, and stored hashed. */
export const createTokenAction = formAction<typeof CreateApiToken, "activeMerchant", TextValues, { token: string }>({
  access: "activeMerchant",
  forbidden: OWNER_ONLY,
  schema: CreateApiToken,
  values: (raw) => ({ name: typeof raw.name === "string" ? raw.name : "" }),
  summary: false,
  async run({ name }, { actor, t, fail }) {
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
