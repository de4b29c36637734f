import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const EVENT_TONE = { DRAFT: "neutral", PUBLISHED: "good", CANCELLED: "bad", COMPLETED: "info" } as const;
const SIGNUP_TONE = { CONFIRMED: "good", WAITLISTED: "warn", WITHDRAWN: "neutral", CANCELLED: "bad" } as const;

export async function EventStatusBadge({ status }: { status: keyof typeof EVENT_TONE }) {
  const t = await getTranslations("events.status");
  return <Badge tone={EVENT_TONE[status]}>{t(status)}</Badge>;
}

export async function SignupStatusBadge({ status }: { status: keyof typeof SIGNUP_TONE }) {
  const t = await getTranslations("events.signupStatus");
  return <Badge tone={SIGNUP_TONE[status]}>{t(status)}</Badge>;
}
