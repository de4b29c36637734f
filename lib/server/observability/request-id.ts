// Every request gets an id (proxy.ts): set on the request, so that pages,
// route handlers and onRequestError (instrumentation.ts) read it, and on the
// response, so that whoever reports a problem can quote it.

export const REQUEST_ID_HEADER = "x-request-id";

// What a proxy in front may hand us: short, and nothing a log line or a page could be tricked by.
const SANE = /^[A-Za-z0-9._-]{8,64}$/;

/** 16 hex characters: short enough to read out over the phone, random enough never to repeat in the logs. */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The request's id: the one a trusted proxy sent (TRUST_PROXY ≥ 1) when it is
 * a sane short token, so that its logs and ours share it; a fresh one otherwise.
 */
export function requestIdFor(headers: Headers, trustedProxies: number): string {
  const incoming = headers.get(REQUEST_ID_HEADER);
  if (trustedProxies > 0 && incoming && SANE.test(incoming)) return incoming;
  return newRequestId();
}
