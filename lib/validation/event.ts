import { z } from "zod";
import { isCountryCode } from "@/lib/reference/countries";
import { isUsableHsChapter } from "@/lib/reference/hs-chapters";
import { shanghaiInputToUtc } from "@/lib/time/shanghai";
import { MAX_SEATS_PER_SIGNUP } from "./signup-limits";
import { optionalRecordId, optionalText, plainText, recordId, requiredText } from "./text";

// Error messages are keys of the `validation` namespace or of
// `eventsValidation` (lib/server/events/field-errors.ts translates both).

/** The industrial belts an event can target. */
export const BELTS = [
  "dazu-hardware",
  "motorcycle-parts",
  "nev-parts",
  "electronics",
  "specialty-food",
  "general",
] as const;
export type Belt = (typeof BELTS)[number];

export const PARTNER_KINDS = ["PLATFORM", "LOGISTICS", "OVERSEAS_WAREHOUSE", "PAYMENT", "COMPLIANCE", "OTHER"] as const;
export const EVENT_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED", "COMPLETED"] as const;
export const SIGNUP_STATUSES = ["CONFIRMED", "WAITLISTED", "WITHDRAWN", "CANCELLED"] as const;
export { MAX_SEATS_PER_SIGNUP } from "./signup-limits";

// ---------------------------------------------------------------------------
// Field schemas

const idList = (max: number) =>
  z
    .array(recordId())
    .max(max, "tooMany")
    .default([])
    .transform((ids) => [...new Set(ids)]);

const shanghaiDateTime = z
  .string()
  .min(1, "required")
  .transform((value, ctx) => {
    const date = shanghaiInputToUtc(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "dateTime" });
      return z.NEVER;
    }
    return date;
  });

const httpUrl = z
  .string()
  .trim()
  .max(500, "tooLong")
  .refine((v) => {
    if (!v) return true;
    try {
      return ["http:", "https:"].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, "url")
  .default("");

/** "US, de；JP" → "DE,JP,US"; every code must pass the check. */
function codeList(isValid: (code: string) => boolean, message: string) {
  return z
    .string()
    .max(2000, "tooLong")
    .default("")
    .transform((value, ctx) => {
      const codes = [
        ...new Set(
          value
            .split(/[\s,，、;；]+/)
            .map((c) => c.trim().toUpperCase())
            .filter(Boolean),
        ),
      ].sort();
      if (codes.some((c) => !isValid(c))) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return codes.join(",");
    });
}

export const EventInput = z
  .object({
    titleZh: requiredText(120),
    titleEn: requiredText(200),
    descriptionZh: optionalText(5000),
    descriptionEn: optionalText(5000),
    belt: z.enum(BELTS, "invalidChoice"),
    startsAt: shanghaiDateTime,
    endsAt: shanghaiDateTime,
    signupDeadline: shanghaiDateTime,
    venueZh: optionalText(200),
    venueEn: optionalText(300),
    onlineUrl: httpUrl,
    capacity: z
      .string()
      .trim()
      .regex(/^\d{1,5}$/, "capacity")
      .transform(Number)
      .pipe(z.number().int().min(1, "capacity").max(5000, "capacity")),
    partnerIds: idList(40),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endBeforeStart" });
    if (v.signupDeadline > v.startsAt)
      ctx.addIssue({ code: "custom", path: ["signupDeadline"], message: "deadlineAfterStart" });
    if (!v.venueZh && !v.venueEn && !v.onlineUrl)
      ctx.addIssue({ code: "custom", path: ["venueZh"], message: "venueOrLink" });
  });
export type EventInputData = z.infer<typeof EventInput>;

/** A signup: 1 to 3 named attendees (one seat each) and the partners to meet. */
export const SignupInput = z.object({
  attendees: z
    .array(plainText(50))
    .default([])
    .transform((names) => names.filter(Boolean))
    .pipe(
      z
        .array(z.string())
        .min(1, "attendeesRequired")
        .max(MAX_SEATS_PER_SIGNUP, "attendeesTooMany")
        .refine((names) => new Set(names).size === names.length, "attendeesDuplicate"),
    ),
  partnerIds: idList(40),
});
export type SignupInputData = z.infer<typeof SignupInput>;

export const PartnerInput = z
  .object({
    kind: z.enum(PARTNER_KINDS, "invalidChoice"),
    nameZh: requiredText(100),
    nameEn: requiredText(200),
    platformId: optionalRecordId(),
    markets: codeList(isCountryCode, "marketCodes"),
    hsChapters: codeList(isUsableHsChapter, "hsChapterCodes"),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "PLATFORM" && !v.platformId)
      ctx.addIssue({ code: "custom", path: ["platformId"], message: "platformRequired" });
  });
export type PartnerInputData = z.infer<typeof PartnerInput>;

/** The admin event list's filters as they come from the URL; anything odd falls back. */
export const EventListFilters = z.object({
  status: z
    .enum([...EVENT_STATUSES, "ALL"])
    .catch("ALL")
    .default("ALL"),
  /** Part of the title (either language) or of the slug. */
  q: plainText(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type EventListFilters = z.infer<typeof EventListFilters>;
