import { ClientMessages } from "@/components/i18n/client-messages";

// The zone and park forms' translations reach the browser.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="adminZones">{children}</ClientMessages>;
}
