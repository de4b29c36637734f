import { requireMerchantPage } from "@/lib/server/auth/guards";

// Pending, rejected and suspended merchants see only their status page.
export default async function ApprovedMerchantLayout({ children }: { children: React.ReactNode }) {
  await requireMerchantPage("/merchant");
  return children;
}
