// Scans made while the connection is down wait on the device (localStorage,
// one list per event) and are sent in order when it is back. The server is
// idempotent per ticket, so a scan sent twice checks the person in once.

export type QueuedScan = { code: string; scannedAt: number };

const KEY = (eventId: string) => `cbec.check-in.queue.${eventId}`;
const CHANGED = "cbec-check-in-queue";

export function readQueue(eventId: string): QueuedScan[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY(eventId)) ?? "[]");
    return Array.isArray(value)
      ? value.filter(
          (v): v is QueuedScan =>
            typeof v?.code === "string" && typeof v?.scannedAt === "number" && v.code.length <= 100,
        )
      : [];
  } catch {
    return [];
  }
}

export function writeQueue(eventId: string, queue: QueuedScan[]): void {
  if (queue.length) window.localStorage.setItem(KEY(eventId), JSON.stringify(queue));
  else window.localStorage.removeItem(KEY(eventId));
  window.dispatchEvent(new Event(CHANGED));
}

/** For useSyncExternalStore: the queue changes in this tab or another. */
export function subscribeQueue(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}
