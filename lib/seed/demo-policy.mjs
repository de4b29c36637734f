// Whether the demo data may be loaded. Its accounts share a password printed
// in the README, so it goes only into the embedded SQLite database of the
// zero-setup start (DATABASE_URL unset), or wherever DEMO_DATA=on asks for it.
// Plain JavaScript: `npm start` reads it before anything is compiled.

/**
 * @param {Record<string, string | undefined>} env the raw environment (DATABASE_URL, DEMO_DATA), before any default is filled in
 * @returns {{ load: boolean, reason: "on" | "off" | "embedded-default" | "configured-database" }}
 */
export function demoDataDecision(env) {
  const mode = env.DEMO_DATA || "auto";
  if (mode === "on") return { load: true, reason: "on" };
  if (mode !== "auto") return { load: false, reason: "off" };
  return env.DATABASE_URL ? { load: false, reason: "configured-database" } : { load: true, reason: "embedded-default" };
}
