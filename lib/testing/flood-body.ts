/**
 * A request whose body is a stream of `chunks` chunks of `chunkBytes` each,
 * produced only when pulled, and sent without Content-Length unless given:
 * `pulled()` says how much of it the server read.
 */
export function floodRequest(opts: {
  chunkBytes: number;
  chunks: number;
  url?: string;
  method?: string;
  headers?: Record<string, string>;
  contentLength?: number;
  fill?: number;
}) {
  let pulled = 0;
  const chunk = new Uint8Array(opts.chunkBytes).fill(opts.fill ?? 0x20);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= opts.chunks) return controller.close();
        pulled++;
        controller.enqueue(chunk.slice());
      },
    },
    { highWaterMark: 0 },
  );
  const headers = new Headers(opts.headers);
  if (opts.contentLength !== undefined) headers.set("content-length", String(opts.contentLength));
  const request = new Request(opts.url ?? "http://portal.test/", {
    method: opts.method ?? "POST",
    headers,
    body: stream,
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}
