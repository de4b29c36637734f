import { z } from "zod";

// Text fields shared by every form, import and API. Messages are keys of the
// `validation` namespace (core.json) and of `dataValidation` (dashboard.json).

// Control characters no one types: C0 other than tab and line breaks, and DEL.
// PostgreSQL refuses NUL in text outright; the others would only hide in the data.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasNoControlCharacters = (value: string) => !CONTROL_CHARACTER.test(value);

/**
 * The one trimming rule, for fields whose schema does not trim by itself (a
 * choice, a preprocessed value): text arrives trimmed, so "9610 " is 9610.
 * Codes are the exception: spaces around a SKU code are refused (skuCodeField).
 */
export const trimmed = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v), schema);

/** Trimmed text of at most `max` characters, without control characters (may be empty). */
export const plainText = (max: number) =>
  z.string().trim().max(max, "tooLong").refine(hasNoControlCharacters, "controlCharacters");

/** Text that must be filled in. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, "required").max(max, "tooLong").refine(hasNoControlCharacters, "controlCharacters");

/** Text that may be left empty; missing means "". */
export const optionalText = (max: number) => plainText(max).default("");

const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The id of a record, as the forms send it back (cuid, or a seed's own slug). */
export const recordId = (message = "invalidChoice") => z.string().regex(RECORD_ID, message);

/**
 * An id from a URL for a lookup: itself when it looks like an id, otherwise ""
 * (which no record has), so that "not found" is the answer instead of a
 * database error (PostgreSQL refuses NUL in a query).
 */
export const lookupId = (id: string) => (RECORD_ID.test(id) ? id : "");

/** A record id that may be left empty ("none chosen"); missing means "". */
export const optionalRecordId = (message = "invalidChoice") =>
  z
    .string()
    .trim()
    .regex(/^([A-Za-z0-9_-]{1,64})?$/, message)
    .default("");
