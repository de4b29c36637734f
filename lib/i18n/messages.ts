import en from "./messages/en.json";
import zhCN from "./messages/zh-CN.json";
import type { Locale } from "./config";

export type Messages = typeof zhCN;
const catalogs: Record<Locale, Messages> = { "zh-CN": zhCN, en };

export function loadMessages(locale: Locale): Messages {
  return catalogs[locale];
}
