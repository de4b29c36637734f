import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The portal's public origin for links in mail: AUTH_URL when set (behind a
 * proxy that rewrites the host), otherwise the host the request came to.
 */
export async function requestOrigin(): Promise<string> {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto")?.split(",")[0]?.trim() ||
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
