// The malware scan every untrusted upload passes before anything is kept
// (OWASP ASVS 12.4.2): with CLAMAV_URL set, the bytes are streamed to clamd;
// an infected file is refused, and so is a file clamd could not check (fail
// closed). Without CLAMAV_URL nothing is scanned; production warns at start-up.
import "server-only";
import { env, type Env } from "@/lib/env";
import { logSecurityEvent } from "@/lib/server/observability/security-log";
import { scanWithClamd } from "./clamd";

export type UploadScan = { ok: true } | { ok: false; reason: "infected" | "unscanned" };

/**
 * Scans an upload; a refusal is security-logged with `where` (the upload's
 * route or action) and who sent it. The caller stores nothing unless `ok`.
 */
export async function scanUpload(
  bytes: Uint8Array,
  who: { where: string; userId: string | null },
  e: Pick<Env, "CLAMAV_URL"> = env(),
): Promise<UploadScan> {
  if (!e.CLAMAV_URL) return { ok: true };
  const verdict = await scanWithClamd(e.CLAMAV_URL, bytes);
  if (verdict.ok) return verdict;
  await logSecurityEvent({
    event: "upload.refused",
    reason: verdict.reason,
    where: who.where,
    userId: who.userId,
    ...(verdict.reason === "infected" ? { signature: verdict.signature } : {}),
  });
  return { ok: false, reason: verdict.reason };
}
