// For tests that send a public form as a person would: its signed "shown at"
// value (lib/server/forms/human-time.ts), `seconds` before now.
import { formShownAt, type HumanTimeForm } from "@/lib/server/forms/human-time";

export function shownSecondsAgo(form: HumanTimeForm, seconds = 10): string {
  return formShownAt(form, Date.now() - seconds * 1000);
}
