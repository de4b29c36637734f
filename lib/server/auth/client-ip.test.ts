import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendPeerAddress } from "@/lib/server/peer-address.mjs";
import { clientIp, normalizeAddress } from "./client-ip";

// A server that does what scripts/serve.mjs does before Next.js sees a request, and answers with the headers.
let server: http.Server;
let url: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    appendPeerAddress(req);
    res.end(JSON.stringify(req.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function seenAs(forwardedFor: string | undefined, trustedProxies: number): Promise<string> {
  const res = await fetch(url, { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });
  const headers = new Headers(Object.entries((await res.json()) as Record<string, string>));
  return clientIp(headers, trustedProxies);
}

describe("the client address", () => {
  it("is the socket address by default, whatever X-Forwarded-For the client sends", async () => {
    expect(await seenAs(undefined, 0)).toBe("127.0.0.1");
    expect(await seenAs("198.51.100.1", 0)).toBe("127.0.0.1");
    expect(await seenAs("198.51.100.1, 198.51.100.2, 10.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("with TRUST_PROXY=N, is the entry the outermost trusted proxy appended, never the client's own", async () => {
    // client claims 6.6.6.6; proxy one saw 198.51.100.7; proxy two saw proxy one (10.0.0.1); the socket is proxy two.
    expect(await seenAs("6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(await seenAs("6.6.6.6, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
    // A request that came round the proxies gets no further left than the first entry.
    expect(await seenAs(undefined, 2)).toBe("127.0.0.1");
  });

  it("has one spelling per client: ports, brackets and IPv4-mapped forms dropped, IPv6 by its /64", () => {
    expect(normalizeAddress("::ffff:192.0.2.5")).toBe("192.0.2.5");
    expect(normalizeAddress("192.0.2.5:5123")).toBe("192.0.2.5");
    expect(normalizeAddress("[2001:db8:1:2:aaaa::1]:443")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:DB8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
    expect(normalizeAddress("not an address")).toBe("unknown");
    expect(clientIp(new Headers(), 0)).toBe("unknown");
  });
});
