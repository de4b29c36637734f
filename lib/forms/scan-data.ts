import type { FormAction, FormValues } from "./form-state";

/** What a check-in answer carries beside its message: its kind, which the page colours. */
export type ScanData = { status: "checkedIn" | "already" | "undone" | "refused" };

/** The check-in page's actions (a ticket scanned or typed, a tap on the list), as its components receive them. */
export type ScanAction = FormAction<FormValues, ScanData>;
