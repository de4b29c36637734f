// What the browser gets of the catalogs: only the messages that client
// components read with useTranslations, per part of the site. Server
// components translate on the server and send none. Each entry is a dotted
// path into the catalog ("skus.form", or one message: "common.retry").
// client-messages.test.ts follows every page's imports to its "use client"
// files and fails when one of them reads a namespace its provider lacks.
import type { AbstractIntlMessages } from "next-intl";

/** components/feedback/error-panel.tsx, shown by every error.tsx. */
const ERROR_PANEL = ["errors.errorTitle", "errors.errorText", "common.retry", "errorReference"] as const;

/**
 * The namespaces each provider passes down, by the layout that provides them
 * (the layout calls `clientMessages(area)`). A nested provider replaces its
 * parent's messages, so every area gets the error panel's too.
 */
export const CLIENT_NAMESPACES = {
  /** app/layout.tsx: every page. */
  root: [],
  /** app/(public)/layout.tsx */
  public: [
    "passwordToggle",
    "passwordStrength",
    "account.password",
    "forgotPassword",
    "invite",
    "membership.rejoin",
    "login",
    "register",
    "hsChapterPicker",
    "resetPassword",
    "events.signup",
    "privacyConsent",
  ],
  /** app/merchant/layout.tsx */
  merchant: [
    "register",
    "hsChapterPicker",
    "membership.profile",
    "profile",
    "apiTokens.create",
    "team.invite",
    "merchant.statusPage",
    "declarations.fields",
    "imports",
    "importQueue",
    "dataQuality",
    "skus.bulk",
    "skus.countryPicker",
    "skus.form",
  ],
  /** app/admin/(lists)/data/layout.tsx */
  adminData: ["dataAdmin.goals", "dataAdmin.rates", "dataAdmin.statistics"],
  /** app/admin/(lists)/zones/layout.tsx */
  adminZones: ["admin.zones", "zonesAdmin.addPark", "zonesAdmin.addZone", "zonesAdmin.movePark"],
  /** app/admin/(lists)/events/layout.tsx and app/admin/events/layout.tsx */
  adminEvents: ["eventsAdmin.form", "eventsAdmin.statusActions", "ticketCheckIn", "eventFollowUps.form"],
  /** app/admin/(lists)/partners/layout.tsx */
  adminPartners: ["partners"],
  /** app/admin/merchants/layout.tsx */
  adminReview: ["review.actions"],
} as const satisfies Record<string, readonly string[]>;

export type ClientArea = keyof typeof CLIENT_NAMESPACES;

/** Every path an area's provider passes: the error panel's and the area's own. */
export function clientNamespaces(area: ClientArea): string[] {
  return [...ERROR_PANEL, ...CLIENT_NAMESPACES[area]];
}

/** A copy of `messages` with only the given dotted paths (and the objects that lead to them). */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    for (const key of keys) from = typeof from === "object" ? from[key] : undefined;
    if (from === undefined) continue;
    let into = picked;
    for (const key of keys.slice(0, -1)) {
      const next = into[key];
      into = typeof next === "object" ? next : (into[key] = {});
    }
    const last = keys[keys.length - 1];
    const existing = into[last];
    into[last] =
      typeof from === "object" && typeof existing === "object" ? deepMerge(existing, from) : structuredClone(from);
  }
  return picked;
}

function deepMerge(a: AbstractIntlMessages, b: AbstractIntlMessages): AbstractIntlMessages {
  const out: AbstractIntlMessages = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const prev = out[key];
    out[key] = typeof value === "object" && typeof prev === "object" ? deepMerge(prev, value) : value;
  }
  return out;
}

/** The messages an area's NextIntlClientProvider passes to the browser. */
export function clientMessages(messages: AbstractIntlMessages, area: ClientArea): AbstractIntlMessages {
  return pickMessages(messages, clientNamespaces(area));
}
