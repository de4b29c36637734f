import { ClientMessages } from "@/components/i18n/client-messages";

// The event's status actions, edit form and check-in list get their translations in the browser.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="adminEvents">{children}</ClientMessages>;
}
