import { describe, expect, it } from "vitest";
import { readBodyLimited } from "./read-body";
import { floodRequest } from "@/lib/testing/flood-body";

describe("readBodyLimited", () => {
  it("stops a body without Content-Length at the limit, having pulled about the limit and one chunk", async () => {
    const flood = floodRequest({ chunkBytes: 16 * 1024, chunks: 10_000 });
    const read = await readBodyLimited(flood.request, 256 * 1024);
    expect(read).toEqual({ ok: false, reason: "tooLarge" });
    // 256 KB is 16 chunks; the 17th passes the limit. A little read-ahead is allowed, never the 160 MB.
    expect(flood.pulled()).toBeGreaterThanOrEqual(17);
    expect(flood.pulled()).toBeLessThanOrEqual(20);
  });

  it("refuses a declared Content-Length over the limit before reading anything", async () => {
    const flood = floodRequest({ chunkBytes: 16 * 1024, chunks: 10_000, contentLength: 400 * 1024 * 1024 });
    expect(await readBodyLimited(flood.request, 1024 * 1024)).toEqual({ ok: false, reason: "tooLarge" });
    expect(flood.pulled()).toBeLessThanOrEqual(1);
  });

  it("returns a body under the limit whole, and an empty one as no bytes", async () => {
    const flood = floodRequest({ chunkBytes: 1000, chunks: 5 });
    const read = await readBodyLimited(flood.request, 5000);
    expect(read.ok && read.bytes.byteLength).toBe(5000);
    const text = await readBodyLimited(new Request("http://x.test/", { method: "POST", body: "héllo" }), 6);
    expect(text.ok && new TextDecoder().decode(text.bytes)).toBe("héllo");
    const empty = await readBodyLimited(new Request("http://x.test/", { method: "POST" }), 10);
    expect(empty.ok && empty.bytes.byteLength).toBe(0);
  });
});
