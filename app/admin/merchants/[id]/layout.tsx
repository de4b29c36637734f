import { ClientMessages } from "@/components/i18n/client-messages";

// The review decision forms' translations reach the browser.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="adminReview">{children}</ClientMessages>;
}
