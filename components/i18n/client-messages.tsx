import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type ClientArea } from "@/lib/i18n/client-messages";

/**
 * The translations the client components below it read, and no others: a layout wraps its children
 * in it with its area (lib/i18n/client-messages.ts lists each area's namespaces).
 */
export async function ClientMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  const messages = clientMessages(await getMessages(), area);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
