import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The client address a request came from, for the sign-in and registration
 * limits. The server in front of Next.js (scripts/serve.mjs) appends each
 * connection's socket address to X-Forwarded-For, so the rightmost entry is
 * the socket; every entry left of it is what the peer claimed. With
 * TRUST_PROXY=N proxies in front of the portal, the address the outermost
 * of them appended is the entry N places left of the socket. The client's
 * own entries, further left, are never read.
 *
 * IPv6 addresses are taken by their /64 network, which one subscriber gets
 * whole, so that rotating within it does not escape the limits.
 */
export function clientIp(headers: Headers, trustedProxies = env().TRUST_PROXY): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  // Fewer entries than proxies means the request came round them; the leftmost is then the closest we have.
  const entry = entries[Math.max(0, entries.length - 1 - trustedProxies)];
  return normalizeAddress(entry);
}

/** One spelling per client: no port or brackets, IPv4-mapped IPv6 as IPv4, IPv6 as its /64. */
export function normalizeAddress(raw: string): string {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) address = mapped[1];
  const family = isIP(address);
  if (family === 4) return address;
  if (family === 6) return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
  return "unknown";
}

function ipv6Groups(address: string): string[] {
  const [head, tail] = address.includes("::") ? address.split("::") : [address, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::ffff:a.b.c.d forms not caught above) counts as two groups.
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return groups.map((g) => (g.includes(".") ? g : (parseInt(g, 16) || 0).toString(16)));
}
