"use client";
import zh from "@/lib/i18n/messages/zh-CN/core.json";
import en from "@/lib/i18n/messages/en/core.json";

// Shown only when the root layout itself fails, so no locale could be
// resolved: it shows the catalogs' text in both languages.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>
          {zh.errors.errorTitle} · <span lang="en">{en.errors.errorTitle}</span>
        </h1>
        <button type="button" onClick={reset}>
          {zh.common.retry} · <span lang="en">{en.common.retry}</span>
        </button>
      </body>
    </html>
  );
}
