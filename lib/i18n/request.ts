import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, negotiateLocale, TIME_ZONE, type Locale } from "./config";
import { loadMessages } from "./messages";

export async function resolveLocale(): Promise<Locale> {
  const [jar, incoming] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(jar.get(LOCALE_COOKIE)?.value, incoming.get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: loadMessages(locale), timeZone: TIME_ZONE };
});
