"use client";
import { GLOBAL_ERROR_TEXT } from "@/lib/i18n/global-error-text";

const zh = GLOBAL_ERROR_TEXT["zh-CN"];
const en = GLOBAL_ERROR_TEXT.en;

// Shown only when the root layout itself fails, so no locale could be
// resolved: it shows the catalogs' text in both languages (only the four
// strings it needs reach the browser).
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>
          {zh.errorTitle} · <span lang="en">{en.errorTitle}</span>
        </h1>
        <button type="button" onClick={reset}>
          {zh.retry} · <span lang="en">{en.retry}</span>
        </button>
      </body>
    </html>
  );
}
