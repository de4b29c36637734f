import { getTranslations } from "next-intl/server";
import { DEMO_TOTP_SECRET } from "@/lib/seed/demo-accounts";
import { totpUri } from "@/lib/server/auth/totp";

/**
 * Shown on every page while the demo accounts exist: their password is
 * published. In the page's flow (not fixed), so it covers nothing on a phone.
 */
export async function DemoBanner() {
  const [t, tCode] = await Promise.all([getTranslations("deployment"), getTranslations("secondFactor")]);
  // The status names the published password only; the demo key sits below it, folded, as help.
  return (
    <>
      <div
        role="status"
        className="border-b border-amber-300 bg-amber-100 px-4 py-2 text-center text-sm text-amber-950"
      >
        {t.rich("demoBanner", { strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
      </div>
      {/* The demo staff and operator sign in with a code too (ASVS 4.3.1): their key is as public as the password. */}
      <details className="border-b border-amber-300 bg-amber-50 px-4 py-1 text-center text-sm text-amber-950">
        <summary className="cursor-pointer underline">{tCode("demoHelpSummary")}</summary>
        <p className="mx-auto mt-1 max-w-3xl break-all">
          {tCode("demoHelp", { secret: DEMO_TOTP_SECRET, uri: totpUri(DEMO_TOTP_SECRET, "staff@example.com") })}
        </p>
      </details>
    </>
  );
}
