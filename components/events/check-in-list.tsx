"use client";
import { useActionState, useState, type MouseEvent } from "react";
import { useTranslations } from "next-intl";
import type { ScanAction } from "@/lib/forms/scan-data";

export type CheckInRow = {
  id: string;
  name: string;
  company: string;
  otherName: string;
  checkedInAt: string | null;
};

function Row({ action: checkIn, row, eventId }: { action: ScanAction; row: CheckInRow; eventId: string }) {
  const t = useTranslations("ticketCheckIn");
  const [state, action, pending] = useActionState(checkIn, {});
  const done = row.checkedInAt !== null;
  const who = { name: row.name, company: row.company };
  // Not `disabled` while sending: a disabled button loses the focus, and the keyboard user with it. The
  // same button stays focused as it turns from "Check in" to "Undo", so the next key acts on this row.
  const ignoreWhilePending = (e: MouseEvent) => {
    if (pending) e.preventDefault();
  };
  return (
    <li
      className={`flex items-center justify-between gap-3 rounded-lg border p-3 ${done ? "border-emerald-200 bg-emerald-50" : "border-slate-200 bg-white"}`}
    >
      <div className="min-w-0">
        <p className="font-medium break-words text-slate-900">{row.name}</p>
        <p className="text-sm break-words text-slate-600">{row.company}</p>
        <p aria-live="polite" className={`text-sm ${state.ok === false ? "text-red-700" : "text-emerald-800"}`}>
          {state.ok === false ? state.message : done ? t("checkedInAt", { time: row.checkedInAt ?? "" }) : ""}
        </p>
      </div>
      <form action={action} className="shrink-0">
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="ticketId" value={row.id} />
        <input type="hidden" name="mode" value={done ? "undo" : "in"} />
        {done ? (
          <button
            type="submit"
            aria-disabled={pending || undefined}
            onClick={ignoreWhilePending}
            aria-label={t("undoLabel", who)}
            className="min-h-12 rounded border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50 aria-disabled:opacity-60"
          >
            {t("undo")}
          </button>
        ) : (
          <button
            type="submit"
            aria-disabled={pending || undefined}
            onClick={ignoreWhilePending}
            aria-label={t("checkInLabel", who)}
            className="min-h-12 rounded bg-brand-700 px-5 text-base font-semibold text-white hover:bg-brand-800 aria-disabled:opacity-60"
          >
            {t("checkIn")}
          </button>
        )}
      </form>
    </li>
  );
}

/** The day's list of people: search by person or company, one tap each, and an undo. */
export function CheckInList({ action, eventId, rows }: { action: ScanAction; eventId: string; rows: CheckInRow[] }) {
  const t = useTranslations("ticketCheckIn");
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase();
  const shown = q ? rows.filter((r) => `${r.name} ${r.company} ${r.otherName}`.toLowerCase().includes(q)) : rows;
  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="check-in-search" className="block text-sm font-medium text-slate-800">
          {t("search")}
        </label>
        <input
          id="check-in-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-3 text-base shadow-sm"
        />
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t("none")}
        </p>
      ) : shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t("noMatch", { query: query.trim() })}
        </p>
      ) : (
        <ul className="space-y-2">
          {shown.map((row) => (
            <Row key={row.id} action={action} row={row} eventId={eventId} />
          ))}
        </ul>
      )}
    </div>
  );
}
