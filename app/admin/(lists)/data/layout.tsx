import { ClientMessages } from "@/components/i18n/client-messages";

// The data forms' translations reach the browser (goals, rates, official statistics).
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="adminData">{children}</ClientMessages>;
}
