import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const TONE = { PENDING: "warn", REVISION_REQUESTED: "warn", APPROVED: "good", REJECTED: "bad" } as const;

export async function MerchantStatusBadge({
  merchant,
}: {
  merchant: { verificationStatus: keyof typeof TONE; accountState: "ACTIVE" | "SUSPENDED" };
}) {
  const t = await getTranslations("status");
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={TONE[merchant.verificationStatus]}>{t(`verification.${merchant.verificationStatus}`)}</Badge>
      {merchant.accountState === "SUSPENDED" ? <Badge tone="bad">{t("account.SUSPENDED")}</Badge> : null}
    </span>
  );
}
