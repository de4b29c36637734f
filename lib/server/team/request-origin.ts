import "server-only";
import { headers } from "next/headers";
import { env, publicOrigin } from "@/lib/env";

/**
 * The portal's public origin for links in mail and calendar files
 * (`publicOrigin` in lib/env.ts): AUTH_URL when set. The request's host is read
 * only to choose among PUBLIC_ORIGINS, so a forged Host or X-Forwarded-Host
 * never reaches a link.
 */
export async function requestOrigin(): Promise<string> {
  const config = env();
  if (config.AUTH_URL || config.PUBLIC_ORIGINS.length === 0) return publicOrigin(config);
  const h = await headers();
  return publicOrigin(config, h.get("x-forwarded-host") ?? h.get("host"));
}
