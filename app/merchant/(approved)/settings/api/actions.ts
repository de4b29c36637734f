"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { merchantActor } from "@/lib/server/auth/merchant-actor";
import { db } from "@/lib/server/db";
import { CreateApiToken, createApiToken } from "@/lib/server/api/create-api-token";
import { revokeApiToken } from "@/lib/server/api/revoke-api-token";
import { formToObject } from "@/lib/forms/form-data";
import { translateFieldErrors } from "@/lib/forms/field-errors";
import type { ConfirmState } from "@/components/team/confirm-action";

export type CreateTokenState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: { name?: string };
  name?: string;
  token?: string;
};

export async function createTokenAction(_prev: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const [t, tv] = await Promise.all([getTranslations("apiTokens"), getTranslations("validation")]);
  const raw = formToObject(formData);
  const name = typeof raw.name === "string" ? raw.name : "";
  const actor = await merchantActor();
  if (!actor) return { ok: false, message: t("errors.ownerOnly"), name };
  const parsed = CreateApiToken.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: translateFieldErrors(parsed.error, tv), name };
  const result = await createApiToken(db, actor, parsed.data.name);
  if (!result.ok)
    return { ok: false, message: t(result.reason === "forbidden" ? "errors.ownerOnly" : "errors.tooMany"), name };
  revalidatePath("/merchant/settings/api");
  return { ok: true, message: t("create.created", { name: result.name }), token: result.token };
}

export async function revokeTokenAction(_prev: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const t = await getTranslations("apiTokens");
  const actor = await merchantActor();
  if (!actor) return { ok: false, message: t("errors.ownerOnly") };
  const id = formData.get("tokenId");
  const result = await revokeApiToken(db, actor, typeof id === "string" ? id.slice(0, 64) : "");
  if (!result.ok)
    return { ok: false, message: t(result.reason === "forbidden" ? "errors.ownerOnly" : "errors.notFound") };
  revalidatePath("/merchant/settings/api");
  return { ok: true, message: t("revoke.done", { name: result.name }) };
}
