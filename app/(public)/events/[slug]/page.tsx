import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { EventFacts } from "@/components/events/event-facts";
import { EventStatusBadge } from "@/components/events/status-badges";
import { PartnerList } from "@/components/events/partner-list";
import { PartnerSuggestions } from "@/components/events/partner-suggestions";
import { SignupPanel } from "@/components/events/signup-panel";
import { getSessionUser } from "@/lib/server/auth/guards";
import { getOwnSignup, getPublicEvent } from "@/lib/server/events/public-events";
import { hasEnded } from "@/lib/server/events/rules";
import { loadMatchProfile, matchPartners } from "@/lib/server/events/suggest-partners";
import { getUiLocale, localized } from "@/lib/i18n/server";
import { formShownAt } from "@/lib/server/forms/human-time";
import { signUpAction, withdrawAction } from "./actions";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params) {
  const [{ slug }, t, locale] = await Promise.all([params, getTranslations("events"), getUiLocale()]);
  // Next.js decodes the path segment once; decoding it again would throw on a stray "%".
  const event = await getPublicEvent(slug);
  return { title: event ? localized(event, "title", locale) : t("title") };
}

export default async function EventPage({ params }: Params) {
  const { slug } = await params;
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  const [t, locale, user] = await Promise.all([getTranslations("events"), getUiLocale(), getSessionUser()]);
  const now = new Date();
  const partners = event.partners.map((ep) => ep.partner);
  const merchant = user?.role === "MERCHANT" ? user.merchant : null;
  const approved = merchant?.verificationStatus === "APPROVED" && merchant.accountState === "ACTIVE";
  const [signup, matches] =
    merchant && approved
      ? await Promise.all([
          getOwnSignup(event.id, merchant.id),
          loadMatchProfile(merchant.id).then((profile) => matchPartners(partners, profile)),
        ])
      : [null, null];
  const description = localized(event, "description", locale);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <Breadcrumbs items={[{ nav: "public.events", href: "/events" }, { label: localized(event, "title", locale) }]} />
      <div className="mt-2">
        <PageHeading
          title={localized(event, "title", locale)}
          lead={t(`belts.${event.belt}`)}
          actions={<EventStatusBadge status={event.status} />}
        />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        {/* Time, place and the signup come first on a phone, beside the details on a desktop. */}
        <div className="space-y-6 lg:order-last">
          <Card title={t("detail.factsTitle")}>
            <EventFacts event={event} locale={locale} />
            {hasEnded(event, now) ? null : (
              <>
                <p className="mt-4">
                  <a
                    href={`/api/events/${event.slug}/ics`}
                    download
                    className="inline-flex items-center rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
                  >
                    {t("detail.calendar")}
                  </a>
                </p>
                <p className="mt-1 text-xs text-slate-500">{t("detail.calendarHint")}</p>
              </>
            )}
          </Card>
          <SignupPanel
            event={event}
            user={user}
            signup={signup}
            partners={partners.map((p) => ({ value: p.id, label: localized(p, "name", locale) }))}
            now={now}
            actions={{ signUp: signUpAction, withdraw: withdrawAction }}
            shownAt={formShownAt("eventSignup")}
          />
        </div>
        <div className="space-y-6 lg:col-span-2">
          <Card title={t("detail.about")}>
            <p className="whitespace-pre-line text-slate-800">{description || t("detail.noDescription")}</p>
          </Card>
          <Card title={t("detail.partnersTitle")}>
            <PartnerList partners={partners} locale={locale} />
          </Card>
          {matches ? <PartnerSuggestions matches={matches} partners={partners} locale={locale} /> : null}
        </div>
      </div>
    </div>
  );
}
