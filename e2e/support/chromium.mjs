import { existsSync } from "node:fs";

/** Debian's Chromium, or the browser CHROMIUM_PATH names. @returns {string} */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** @returns {string | null} */
export function chromiumMissingMessage() {
  const path = chromiumPath();
  if (existsSync(path)) return null;
  return [
    `Chromium was not found at ${path}.`,
    "The browser tests use Debian's Chromium. Install it with:",
    "  sudo apt-get update && sudo apt-get install -y chromium",
    "or point CHROMIUM_PATH at another Chromium or Chrome binary.",
  ].join("\n");
}

// Without the networking flags Chromium keeps calling home, which a closed
// network answers with a flood of refused connections.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
