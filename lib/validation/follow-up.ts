import { z } from "zod";
import { optionalRecordId, optionalText, recordId } from "./text";

// What staff record after an event for one company. Messages are keys of
// `eventFollowUps.validation` (merchant-home.json), then the shared `validation`.

/** The outcome code list, in the order the form and the statistics show it. */
export const FOLLOW_UP_OUTCOMES = ["ONBOARDED", "SAMPLE_ORDER", "CONTRACT_SIGNED", "FURTHER_MEETING", "NONE"] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

export const FollowUpInput = z.object({
  merchantId: recordId("companyRequired"),
  partnerId: optionalRecordId(),
  outcome: z.enum(FOLLOW_UP_OUTCOMES, { message: "outcomeRequired" }),
  note: optionalText(1000),
});
export type FollowUpInput = z.output<typeof FollowUpInput>;
