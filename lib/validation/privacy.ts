import { z } from "zod";
import { recordId, requiredText } from "@/lib/validation/text";

/** Asking to close one's account: the confirmation box must be ticked (an unticked box sends nothing). */
export const RequestClosure = z.object({
  confirm: z.literal("on", { error: "confirmRequired" }),
});

/** A staff decision on a closure request; a rejection needs its reason. */
export const ClosureDecision = z.object({ requestId: recordId() });
export const ClosureRejection = ClosureDecision.extend({
  reason: z.preprocess((v) => v ?? "", requiredText(500)),
});
