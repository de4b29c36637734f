import "server-only";
import type { FormState, FormValues } from "@/lib/forms/form-state";
import type { ScanData } from "@/lib/forms/scan-data";
import { formatDate, formatTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import type { CheckInResult, UndoResult } from "./check-in";

type Params = Record<string, string | number>;

export type ScanState = FormState<FormValues, ScanData>;

/**
 * A check-in or undo result in the reader's language: who came in, or that
 * they were already in at 14:03 and by whom (Asia/Shanghai time).
 */
export function scanAnswer(
  result: CheckInResult | UndoResult,
  { t, locale }: { t: (key: string, params?: Params) => string; locale: Locale },
): ScanState {
  const refuse = (key: string, params?: Params): ScanState => ({
    ok: false,
    message: t(key, params),
    data: { status: "refused" },
  });
  if (!result.ok) {
    if (result.reason === "closed")
      return refuse("ticketScan.errors.closed", { day: formatDate(result.startsAt, locale) });
    if (result.reason === "notCheckedIn") {
      return result.ticket
        ? refuse("ticketScan.notCheckedIn", { name: result.ticket.name })
        : refuse("ticketScan.errors.notFound");
    }
    return refuse(`ticketScan.errors.${result.reason}`);
  }
  if (!("status" in result)) {
    return { ok: true, message: t("ticketScan.undone", { name: result.ticket.name }), data: { status: "undone" } };
  }
  const merchant = result.ticket.merchant;
  const who = { name: result.ticket.name, company: locale === "en" ? merchant.nameEn : merchant.nameZh };
  if (result.status === "checkedIn") {
    return { ok: true, message: t("ticketScan.checkedIn", who), data: { status: "checkedIn" } };
  }
  return {
    ok: true,
    message: t("ticketScan.already", { ...who, time: formatTime(result.at), by: result.by ?? t("ticketScan.someone") }),
    data: { status: "already" },
  };
}
