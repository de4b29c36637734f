import "server-only";
import iconv from "iconv-lite";
import { createTranslator } from "next-intl";
import type { z } from "zod";
import { loadMessages } from "@/lib/i18n/messages";
import { localeFromAcceptLanguage, type Locale } from "@/lib/i18n/config";
import { qualifySkuMessage } from "@/lib/server/skus/sku-csv";
import { formatLimit, readBodyLimited } from "./read-body";

export const API_ERROR_CODES = [
  "invalid_json",
  "invalid_encoding",
  "invalid_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "validation_failed",
  "rate_limited",
  "payload_too_large",
  "unsupported_media_type",
  "method_not_allowed",
  "precondition_failed",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const STATUS: Record<ApiErrorCode, number> = {
  invalid_json: 400,
  invalid_encoding: 400,
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation_failed: 422,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  precondition_failed: 412,
};

// Codes whose message every route shares, kept outside the SKU API's own catalog.
const MESSAGE_KEYS: Partial<Record<ApiErrorCode, string>> = {
  payload_too_large: "requestBody.tooLarge",
  invalid_encoding: "apiContract.errors.invalidEncoding",
  method_not_allowed: "apiContract.errors.methodNotAllowed",
  precondition_failed: "apiContract.errors.preconditionFailed",
};

// Every answer is a download named api.json (OWASP ASVS 14.4.2): a browser
// sent to an API URL saves the JSON instead of rendering it.
const API_HEADERS = { "Cache-Control": "no-store", "Content-Disposition": 'attachment; filename="api.json"' };

/**
 * ERPs rarely send Accept-Language: without one the API answers in English;
 * a request that prefers Chinese gets Chinese messages.
 */
export function apiLocale(request: Request): Locale {
  const header = request.headers.get("accept-language");
  if (!header || !/\b(zh|en)\b|\b(zh|en)-/i.test(header)) return "en";
  return localeFromAcceptLanguage(header);
}

type Translate = { (key: string, params?: Record<string, string>): string; has(key: string): boolean };

function translator(locale: Locale): Translate {
  return createTranslator({ locale, messages: loadMessages(locale) }) as unknown as Translate;
}

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...API_HEADERS, ...headers } });
}

/** `{ "error": { "code", "message", "fields"? } }` with the code's status. */
export function apiError(
  locale: Locale,
  code: ApiErrorCode,
  opts: {
    fields?: Record<string, string>;
    headers?: Record<string, string>;
    params?: Record<string, string>;
    /** A message more precise than the code's own (from the catalog's root). */
    messageKey?: string;
  } = {},
): Response {
  const message = translator(locale)(opts.messageKey ?? MESSAGE_KEYS[code] ?? `apiErrors.${code}`, opts.params);
  const error = { code, message, ...(opts.fields && Object.keys(opts.fields).length ? { fields: opts.fields } : {}) };
  return apiJson({ error }, STATUS[code], opts.headers);
}

/** A field's problem in the API's language, from the SKU rules' message keys. */
export function fieldMessage(locale: Locale, key: string, value?: string): string {
  const t = translator(locale);
  const qualified = key.includes(".") ? key : qualifySkuMessage(key);
  return t(qualified, { value: value ?? "" });
}

/** Zod's issues as `fields`, keyed by the dotted path ("stock.XIYONG-B1", "items.3.hsCode"). */
export function zodFields(locale: Locale, error: z.ZodError, prefix: (string | number)[] = []): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = [...prefix, ...issue.path].map(String).join(".") || "body";
    fields[key] ??= fieldMessage(locale, issue.message);
  }
  return fields;
}

/** Largest JSON body: a batch of 1,000 SKUs fits well inside. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;

/**
 * How deeply arrays and objects may nest in a body. A SKU is three levels deep
 * inside a batch; thousands of levels would only overflow the stack of every
 * recursive step that follows (JSON.stringify, the validators).
 */
export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of arrays and objects in JSON text, brackets inside strings not counted. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * The charsets a JSON body may declare, and the decoder for each. Chinese ERPs
 * often send GBK or GB18030 (GB2312 and GBK are subsets of GB18030); any other
 * declared charset is refused with 415 rather than read as UTF-8 and stored as
 * U+FFFD.
 */
export const JSON_CHARSETS = ["utf-8", "gbk", "gb2312", "gb18030"] as const;
const CHARSET_ALIASES: Record<string, (typeof JSON_CHARSETS)[number]> = { utf8: "utf-8" };

type MediaType = { type: string; charset: string | null };

/** `type/subtype; charset=…` as its lower-case type and its charset parameter, if any. */
export function parseMediaType(header: string): MediaType {
  const [type, ...params] = header.split(";");
  let charset: string | null = null;
  for (const param of params) {
    const [name, ...value] = param.split("=");
    if (name.trim().toLowerCase() === "charset")
      charset = value
        .join("=")
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

/**
 * Bytes as text in the declared charset, or null when they are not valid in it:
 * a lone byte that no charset maps would otherwise become U+FFFD in the data.
 */
function decodeBody(bytes: Uint8Array, charset: (typeof JSON_CHARSETS)[number]): string | null {
  if (charset === "utf-8") {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  const text = iconv.decode(Buffer.from(bytes), charset);
  // iconv-lite has no fatal mode: it writes U+FFFD for what it cannot map, and GB text never carries one.
  return text.includes("\uFFFD") ? null : text;
}

/**
 * The request's JSON body, or the answer to give: 415 unless it is declared
 * `application/json` (or `mediaType`, OWASP ASVS 13.2.5, checked before
 * anything is read) in a charset of JSON_CHARSETS, 413 past MAX_JSON_BYTES
 * (where reading stops), 400 when its bytes are not that charset or not JSON.
 */
export async function readJsonBody(
  request: Request,
  locale: Locale,
  mediaType = "application/json",
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const declared = parseMediaType(request.headers.get("content-type") ?? "");
  if (declared.type !== mediaType) {
    const messageKey = mediaType === "application/json" ? undefined : "apiContract.errors.mediaType";
    return { ok: false, response: apiError(locale, "unsupported_media_type", { messageKey, params: { mediaType } }) };
  }
  const charset = declared.charset === null ? "utf-8" : (CHARSET_ALIASES[declared.charset] ?? declared.charset);
  if (!(JSON_CHARSETS as readonly string[]).includes(charset)) {
    return {
      ok: false,
      response: apiError(locale, "unsupported_media_type", {
        messageKey: "apiContract.errors.charset",
        params: { charset: declared.charset ?? "", charsets: "UTF-8, GBK, GB2312, GB18030" },
      }),
    };
  }
  const read = await readBodyLimited(request, MAX_JSON_BYTES);
  if (!read.ok) {
    if (read.reason === "unreadable") return { ok: false, response: apiError(locale, "invalid_request") };
    return {
      ok: false,
      response: apiError(locale, "payload_too_large", { params: { limit: formatLimit(MAX_JSON_BYTES) } }),
    };
  }
  const text = decodeBody(read.bytes, charset as (typeof JSON_CHARSETS)[number]);
  if (text === null)
    return {
      ok: false,
      response: apiError(locale, "invalid_encoding", { params: { charset: charset.toUpperCase() } }),
    };
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    return {
      ok: false,
      response: apiError(locale, "invalid_json", {
        messageKey: "apiContract.errors.tooDeep",
        params: { depth: String(MAX_JSON_DEPTH) },
      }),
    };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: apiError(locale, "invalid_json") };
  }
}

/** Problems found against the database (warehouse, platform) as `fields`. */
export function issueFields(
  locale: Locale,
  issues: { path: (string | number)[]; message: string; value?: string }[],
  prefix: (string | number)[] = [],
) {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[[...prefix, ...i.path].join(".")] ??= fieldMessage(locale, i.message, i.value);
  return fields;
}
