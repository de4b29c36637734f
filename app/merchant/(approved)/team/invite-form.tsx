"use client";
import { useTranslations } from "next-intl";
import { RevealOnceForm } from "@/components/forms/reveal-once-form";
import { inviteMemberAction } from "./actions";

/** Invites a colleague by email; the one-time link is shown once, here. */
export function InviteForm() {
  const t = useTranslations("team.invite");
  return (
    <RevealOnceForm
      action={inviteMemberAction}
      field={{
        name: "email",
        label: t("email"),
        required: true,
        type: "email",
        inputMode: "email",
        autoComplete: "off",
        maxLength: 254,
      }}
      secretOf={(data) => data.link}
      texts={{
        submit: t("submit"),
        submitting: t("submitting"),
        secret: t("link"),
        copy: t("copy"),
        copied: t("copied"),
        copyFailed: t("copyFailed"),
      }}
    />
  );
}
