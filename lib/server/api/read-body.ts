import "server-only";

/** Largest JSON body a browser form posts to a route handler (an event signup, a sign-in). */
export const MAX_FORM_BYTES = 64 * 1024;

export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: "tooLarge" | "unreadable" };

/**
 * The request's body, read while it streams and never past `maxBytes`: a
 * declared Content-Length over the limit is refused before anything is read,
 * and a body without one (or lying about it) is cancelled as soon as the bytes
 * received pass the limit, so at most the limit plus one chunk is ever held.
 * Every route handler that reads a body reads it through here.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "tooLarge" };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = request.body.getReader();
  } catch {
    // Already read, or locked by someone else.
    return { ok: false, reason: "unreadable" };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "tooLarge" };
      }
      chunks.push(value);
    }
  } catch {
    // The client went away mid-body.
    return { ok: false, reason: "unreadable" };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** The body as UTF-8 text, within the limit. */
export async function readTextLimited(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; reason: "tooLarge" | "unreadable" }> {
  const read = await readBodyLimited(request, maxBytes);
  if (!read.ok) return read;
  return { ok: true, text: new TextDecoder().decode(read.bytes) };
}

/**
 * The same request with its body already read (and bounded): for code that
 * wants a Request, such as a multipart parser or Auth.js's handlers.
 */
export function withBody<R extends Request>(request: R, bytes: Uint8Array): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: bytes.byteLength ? new Uint8Array(bytes) : null,
    signal: request.signal,
  });
}

/** A limit in the reader's units: "5 MB", "64 KB". */
export function formatLimit(maxBytes: number): string {
  return maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.round(maxBytes / 1024)} KB`;
}
