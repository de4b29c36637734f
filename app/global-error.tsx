"use client";
import { GLOBAL_ERROR_TEXT } from "@/lib/i18n/global-error-text";

const zh = GLOBAL_ERROR_TEXT["zh-CN"];
const en = GLOBAL_ERROR_TEXT.en;

// Shown only when the root layout itself fails, so no locale could be
// resolved: it shows the catalogs' text in both languages (only the strings it
// needs reach the browser). The request id cannot reach it (the layout that
// reads it failed); the error code it shows is in the server's log line
// beside that id (instrumentation.ts).
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>
          {zh.errorTitle} · <span lang="en">{en.errorTitle}</span>
        </h1>
        {error.digest ? (
          <p style={{ fontFamily: "monospace", fontSize: "0.8rem" }}>
            {zh.digest.replace("{digest}", error.digest)} ·{" "}
            <span lang="en">{en.digest.replace("{digest}", error.digest)}</span>
          </p>
        ) : null}
        <button type="button" onClick={reset}>
          {zh.retry} · <span lang="en">{en.retry}</span>
        </button>
      </body>
    </html>
  );
}
