"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import type { ScanAction, ScanData } from "@/lib/forms/scan-data";
import { readQueue, subscribeQueue, writeQueue, type QueuedScan } from "./scan-queue";

type Answer = { message: string; status: ScanData["status"] | "queued" };

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
};

const TONE: Record<Answer["status"], string> = {
  checkedIn: "border-emerald-300 bg-emerald-50 text-emerald-900",
  undone: "border-emerald-300 bg-emerald-50 text-emerald-900",
  already: "border-amber-300 bg-amber-50 text-amber-900",
  queued: "border-amber-300 bg-amber-50 text-amber-900",
  refused: "border-red-300 bg-red-50 text-red-800",
};

/** The native QR detector where the browser has one. */
async function nativeDetector(): Promise<Detector | null> {
  const Native = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    return (await Native.getSupportedFormats()).includes("qr_code") ? new Native({ formats: ["qr_code"] }) : null;
  } catch {
    return null;
  }
}

/**
 * Check-in at the door: the camera reads a ticket's QR code (BarcodeDetector,
 * or @zxing/browser loaded only here and only when needed), or staff type the
 * code. A scan that cannot reach the server waits on the device and is sent
 * when the connection is back.
 */
export function TicketScanner({ scan, eventId }: { scan: ScanAction; eventId: string }) {
  const t = useTranslations("ticketCheckIn");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [camera, setCamera] = useState<"off" | "on" | "unavailable">("off");
  const video = useRef<HTMLVideoElement>(null);
  const stopCamera = useRef<(() => void) | null>(null);
  const last = useRef({ code: "", at: 0 });
  const flushing = useRef(false);
  const pending = useSyncExternalStore(
    subscribeQueue,
    () => readQueue(eventId).length,
    () => 0,
  );

  /** The server's answer, or null when it could not be reached. */
  const send = useCallback(
    async (item: QueuedScan) => {
      const form = new FormData();
      form.set("eventId", eventId);
      form.set("code", item.code);
      form.set("scannedAt", String(item.scannedAt));
      try {
        return await scan({}, form);
      } catch {
        return null;
      }
    },
    [scan, eventId],
  );

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      let queue = readQueue(eventId);
      while (queue.length) {
        if ((await send(queue[0])) === null) break;
        queue = readQueue(eventId).filter((q) => q.code !== queue[0].code || q.scannedAt !== queue[0].scannedAt);
        writeQueue(eventId, queue);
      }
    } finally {
      flushing.current = false;
    }
  }, [eventId, send]);

  useEffect(() => {
    void flush();
    const retry = setInterval(() => void flush(), 15_000);
    window.addEventListener("online", flush);
    return () => {
      clearInterval(retry);
      window.removeEventListener("online", flush);
    };
  }, [flush]);

  useEffect(() => () => stopCamera.current?.(), []);

  const submit = useCallback(
    async (raw: string) => {
      const item = { code: raw.trim(), scannedAt: Date.now() };
      if (!item.code) return;
      setBusy(true);
      const state = await send(item);
      setBusy(false);
      if (state === null) {
        writeQueue(eventId, [...readQueue(eventId), item]);
        setAnswer({ message: t("queued"), status: "queued" });
      } else {
        setAnswer({ message: state.message ?? "", status: state.data?.status ?? (state.ok ? "checkedIn" : "refused") });
      }
      setCode("");
    },
    [eventId, send, t],
  );

  const onCode = useCallback(
    (text: string) => {
      // The camera sees the same code many times a second: act on it once every few seconds.
      const now = Date.now();
      if (text === last.current.code && now - last.current.at < 4000) return;
      last.current = { code: text, at: now };
      void submit(text);
    },
    [submit],
  );

  async function start() {
    const element = video.current;
    if (!element || !navigator.mediaDevices?.getUserMedia) return setCamera("unavailable");
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch {
      return setCamera("unavailable");
    }
    const stopTracks = () => stream.getTracks().forEach((track) => track.stop());
    const detector = await nativeDetector();
    if (detector) {
      element.srcObject = stream;
      await element.play();
      let running = true;
      const tick = async () => {
        if (!running) return;
        try {
          const [found] = await detector.detect(element);
          if (found?.rawValue) onCode(found.rawValue);
        } catch {
          // A frame that cannot be read yet; the next one may.
        }
        setTimeout(tick, 250);
      };
      void tick();
      stopCamera.current = () => {
        running = false;
        stopTracks();
      };
    } else {
      try {
        const { BrowserQRCodeReader } = await import("@zxing/browser");
        const controls = await new BrowserQRCodeReader().decodeFromStream(stream, element, (result) => {
          if (result) onCode(result.getText());
        });
        stopCamera.current = () => {
          controls.stop();
          stopTracks();
        };
      } catch {
        stopTracks();
        return setCamera("unavailable");
      }
    }
    setCamera("on");
  }

  function stop() {
    stopCamera.current?.();
    stopCamera.current = null;
    setCamera("off");
  }

  return (
    <section
      aria-labelledby="scan-title"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="scan-title" className="text-base font-semibold text-slate-900">
        {t("scanTitle")}
      </h2>
      <div>
        {camera === "on" ? (
          <button
            type="button"
            onClick={stop}
            className="min-h-12 w-full rounded border border-slate-300 bg-white px-4 text-base font-medium text-slate-800 hover:bg-slate-50"
          >
            {t("stopCamera")}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void start()}
            className="min-h-12 w-full rounded bg-brand-700 px-4 text-base font-semibold text-white hover:bg-brand-800"
          >
            {t("startCamera")}
          </button>
        )}
        <video
          ref={video}
          muted
          playsInline
          aria-label={t("cameraHint")}
          className={camera === "on" ? "mt-3 aspect-square w-full rounded bg-slate-900 object-cover" : "hidden"}
        />
        {camera === "on" ? <p className="mt-1 text-sm text-slate-600">{t("cameraHint")}</p> : null}
        {camera === "unavailable" ? (
          <p role="status" className="mt-2 text-sm text-amber-900">
            {t("cameraUnavailable")}
          </p>
        ) : null}
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(code);
        }}
        className="space-y-2"
      >
        <label htmlFor="ticket-code" className="block text-sm font-medium text-slate-800">
          {t("codeLabel")}
        </label>
        <p id="ticket-code-hint" className="text-sm text-slate-600">
          {t("codeHint")}
        </p>
        <div className="flex gap-2">
          <input
            id="ticket-code"
            name="code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-describedby="ticket-code-hint"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={100}
            className="block min-w-0 flex-1 rounded border border-slate-300 px-3 py-3 font-mono text-base shadow-sm"
          />
          <button
            type="submit"
            disabled={busy}
            className="min-h-12 shrink-0 rounded bg-brand-700 px-4 text-base font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {busy ? t("sending") : t("submit")}
          </button>
        </div>
      </form>
      <div aria-live="polite" role="status">
        {answer ? (
          <p className={`rounded border px-3 py-2 text-base ${TONE[answer.status]}`}>{answer.message}</p>
        ) : null}
      </div>
      {pending > 0 ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-amber-900">
          {t("pending", { count: pending })}
          <button type="button" onClick={() => void flush()} className="rounded border border-amber-300 px-2 py-1">
            {t("sendNow")}
          </button>
        </p>
      ) : null}
    </section>
  );
}
