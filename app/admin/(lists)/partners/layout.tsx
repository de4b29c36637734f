import { ClientMessages } from "@/components/i18n/client-messages";

// The partner form's translations reach the browser.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="adminPartners">{children}</ClientMessages>;
}
