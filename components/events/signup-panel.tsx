import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-dialog";
import type { SessionUser } from "@/lib/server/auth/session-user";
import type { getOwnSignup } from "@/lib/server/events/public-events";
import { canWithdraw, hasEnded, signupRefusal } from "@/lib/server/events/rules";
import { SignupStatusBadge } from "./status-badges";
import type { FormAction } from "@/lib/forms/form-state";
import { SignupForm, type SignupValues } from "./signup-form";
import { getUiLocale } from "@/lib/i18n/server";

type PanelEvent = {
  id: string;
  slug: string;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED" | "COMPLETED";
  startsAt: Date;
  endsAt: Date;
  signupDeadline: Date;
  capacity: number;
  seatsTaken: number;
};
type OwnSignup = Awaited<ReturnType<typeof getOwnSignup>>;
type PartnerOption = { value: string; label: string };

const note = "rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700";

/** What the visitor can do about this event: sign in, sign up, see its signup and tickets, or withdraw; once it is over, whether they attended. */
export async function SignupPanel({
  event,
  user,
  signup,
  partners,
  now,
  actions,
  shownAt,
}: {
  event: PanelEvent;
  user: SessionUser | null;
  signup: OwnSignup;
  partners: PartnerOption[];
  now: Date;
  /** The signup and withdrawal server actions. */
  actions: { signUp: FormAction<SignupValues>; withdraw: FormAction };
  /** The signed time the signup form was shown (lib/server/forms/human-time.ts). */
  shownAt: string;
}) {
  const t = await getTranslations("events");
  const tp = await getTranslations("pastEvents");
  const tt = await getTranslations("tickets");
  const [tc, locale] = await Promise.all([getTranslations("common"), getUiLocale()]);
  const link = "font-medium text-brand-700 underline";
  let body: React.ReactNode;
  const mine = user?.role === "MERCHANT" && signup?.status === "CONFIRMED" ? signup : null;
  if (event.status === "CANCELLED") {
    body = <p className={note}>{t("detail.cancelled")}</p>;
  } else if (hasEnded(event, now)) {
    // Over: what the merchant did, and nothing to sign up for or add to a calendar.
    body = mine ? (
      <p
        role="status"
        className={`rounded border px-3 py-2 text-sm font-medium ${mine.checkedInAt ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-slate-200 bg-slate-50 text-slate-700"}`}
      >
        {mine.checkedInAt ? tp("youAttended") : tp("didNotAttend")}
      </p>
    ) : (
      <p className={note}>{event.status === "COMPLETED" ? t("detail.completed") : tp("ended")}</p>
    );
  } else if (!user) {
    body = (
      <div className="space-y-3">
        <p className="text-sm text-slate-700">{t("signup.signInPrompt")}</p>
        <Link
          href={`/login?callbackUrl=${encodeURIComponent(`/events/${event.slug}`)}`}
          className="inline-block rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t("signup.signIn")}
        </Link>
      </div>
    );
  } else if (user.role !== "MERCHANT" || !user.merchant) {
    body = (
      <p className={note}>
        {t("signup.staffNote")}{" "}
        {user.role !== "MERCHANT" ? (
          <Link href={`/admin/events/${event.id}`} className={link}>
            {t("signup.staffLink")}
          </Link>
        ) : null}
      </p>
    );
  } else if (signup && signup.status !== "WITHDRAWN") {
    body = (
      <div className="space-y-3 text-sm">
        <p className="flex items-center gap-2">
          <span className="font-medium">{t("signup.yours")}</span> <SignupStatusBadge status={signup.status} />
        </p>
        <p role="status">
          {signup.status === "CONFIRMED"
            ? t("signup.confirmed", { seats: signup.seats })
            : signup.status === "WAITLISTED"
              ? t("signup.waitlisted", { position: signup.position ?? 0 })
              : t("signup.cancelledByEvent")}
        </p>
        <p>{t("signup.attendeesValue", { names: signup.names.join(locale === "zh-CN" ? "、" : ", ") })}</p>
        {canWithdraw(event, now) && signup.status !== "CANCELLED" ? (
          <ConfirmAction
            action={actions.withdraw}
            fields={{ signupId: signup.id, eventKey: event.slug }}
            label={t("signup.withdraw")}
            question={t("signup.withdrawQuestion")}
            confirmLabel={t("signup.withdrawConfirm")}
            cancelLabel={tc("cancel")}
            pendingLabel={t("signup.withdrawing")}
          />
        ) : null}
        {signup.status === "CONFIRMED" ? (
          <p>
            <Link href={`/merchant/events/${event.id}/tickets`} className={link}>
              {tt("view")}
            </Link>
          </p>
        ) : null}
        <Link href="/merchant/events" className={link}>
          {t("signup.myEvents")}
        </Link>
      </div>
    );
  } else {
    const refusal = signupRefusal(event, user.merchant, now);
    body = (
      <div className="space-y-3">
        {signup?.status === "WITHDRAWN" ? <p className={note}>{t("signup.withdrawnBefore")}</p> : null}
        {refusal ? (
          <p role="alert" className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t(`refusals.${refusal}`)}
          </p>
        ) : (
          <SignupForm
            action={actions.signUp}
            eventKey={event.slug}
            partners={partners}
            full={event.seatsTaken >= event.capacity}
            shownAt={shownAt}
          />
        )}
      </div>
    );
  }
  return (
    <Card title={t("signup.title")}>
      <p className="mb-3 text-sm text-slate-600">{t("signup.lead")}</p>
      {body}
    </Card>
  );
}
