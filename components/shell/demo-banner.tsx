import { getTranslations } from "next-intl/server";

/**
 * Shown on every page while the demo accounts exist: their password is
 * published. In the page's flow (not fixed), so it covers nothing on a phone.
 */
export async function DemoBanner() {
  const t = await getTranslations("deployment");
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      {t.rich("demoBanner", { strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
    </div>
  );
}
