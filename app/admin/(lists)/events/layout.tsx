import { ClientMessages } from "@/components/i18n/client-messages";

// The event form's translations reach the browser.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="adminEvents">{children}</ClientMessages>;
}
