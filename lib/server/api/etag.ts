import "server-only";
import { createHash } from "node:crypto";
import type { SkuOutput } from "./schemas";

/** A strong ETag of a SKU as the API shows it: any change to what a client can read changes it. */
export function skuEtag(sku: SkuOutput): string {
  return `"${createHash("sha256").update(JSON.stringify(sku)).digest("base64url").slice(0, 27)}"`;
}

/**
 * If-Match (RFC 9110 13.1.1): holds when the header is absent, when it is "*"
 * and the SKU exists, or when one of its tags is the SKU's current ETag (a weak
 * tag never matches). `current` is null when there is no such SKU.
 */
export function ifMatchHolds(header: string | null, current: string | null): boolean {
  if (header === null) return true;
  if (current === null) return false;
  const tags = header.split(",").map((t) => t.trim());
  return tags.includes("*") || tags.includes(current);
}
