import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/server/db";
import { localized } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { BELTS } from "@/lib/validation/event";

/** The belts and the partners an event form offers: active ones, and any already attending. */
export async function getEventFormOptions(locale: Locale, attending: string[] = []) {
  const [tb, tk] = await Promise.all([getTranslations("events.belts"), getTranslations("events.partnerKinds")]);
  const partners = await db.partner.findMany({
    where: { OR: [{ active: true }, { id: { in: attending } }] },
    orderBy: [{ kind: "asc" }, { nameEn: "asc" }],
  });
  return {
    belts: BELTS.map((b) => ({ value: b, label: tb(b) })),
    partners: partners.map((p) => ({ value: p.id, label: `${localized(p, "name", locale)} · ${tk(p.kind)}` })),
  };
}
