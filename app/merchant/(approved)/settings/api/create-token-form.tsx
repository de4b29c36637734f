"use client";
import { useTranslations } from "next-intl";
import { RevealOnceForm } from "@/components/forms/reveal-once-form";
import { createTokenAction } from "./actions";

/** Names a new token; the token itself is shown once, here, and never again. */
export function CreateTokenForm() {
  const t = useTranslations("apiTokens.create");
  return (
    <RevealOnceForm
      action={createTokenAction}
      field={{
        name: "name",
        label: t("name"),
        hint: t("nameHint"),
        required: true,
        maxLength: 60,
        autoComplete: "off",
      }}
      password={{
        name: "currentPassword",
        label: t("password"),
        hint: t("passwordHint"),
        required: true,
        maxLength: 128,
        autoComplete: "current-password",
      }}
      secretOf={(data) => data.token}
      texts={{
        submit: t("submit"),
        submitting: t("submitting"),
        notice: t("onceWarning"),
        secret: t("token"),
        copy: t("copy"),
        copied: t("copied"),
        copyFailed: t("copyFailed"),
      }}
    />
  );
}
