#!/usr/bin/env node
// `npm run deps:check` (OWASP ASVS 1.14.3, 14.2.1): which runtime dependencies
// are behind their latest release (major, minor or patch), from the registry's
// package documents (`npm outdated --json --omit=dev`), and, when the registry's
// advisory endpoint answers, `npm audit --omit=dev --audit-level=high`, which
// fails the check on a high or critical advisory. An audit that cannot be
// reached (these machines get 405 from it) is said plainly: a warning, never a pass.
//
// Exit codes: 0 checked, nothing high or critical; 1 high or critical advisories;
// 2 the audit (or the registry) could not be reached, so nothing is proven.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** "major" | "minor" | "patch" | "prerelease" | null: how far `current` is behind `latest`. */
export function behindBy(current, latest) {
  const parse = (v) => /^v?(\d+)\.(\d+)\.(\d+)(?:-([^+]+))?/.exec(String(v ?? ""));
  const a = parse(current);
  const b = parse(latest);
  if (!a || !b) return null;
  for (const [i, level] of [
    [1, "major"],
    [2, "minor"],
    [3, "patch"],
  ]) {
    if (Number(a[i]) < Number(b[i])) return level;
    if (Number(a[i]) > Number(b[i])) return null;
  }
  // Same x.y.z: a pre-release of it is behind the release.
  return a[4] && !b[4] ? "prerelease" : null;
}

/**
 * The rows of `npm outdated --json` that are behind their latest release,
 * sorted major first. A package npm lists twice (several locations) comes as
 * an array; each copy is a row.
 */
export function outdatedRows(json) {
  const rows = [];
  for (const [name, info] of Object.entries(json ?? {})) {
    for (const entry of Array.isArray(info) ? info : [info]) {
      const current = entry.current ?? entry.wanted;
      const level = behindBy(current, entry.latest);
      if (level) rows.push({ name, current, wanted: entry.wanted, latest: entry.latest, level });
    }
  }
  const order = { major: 0, minor: 1, patch: 2, prerelease: 3 };
  return rows.sort((x, y) => order[x.level] - order[y.level] || x.name.localeCompare(y.name));
}

/** The verdict of `npm audit --json`: the count of high and critical advisories, or why there is none. */
export function auditVerdict(json) {
  if (!json || typeof json !== "object") return { reached: false, reason: "no answer" };
  if (json.statusCode || json.error || json.message) {
    return { reached: false, reason: json.message || `status ${json.statusCode}` };
  }
  const v = json.metadata?.vulnerabilities;
  if (!v) return { reached: false, reason: "an answer without a vulnerability count" };
  return { reached: true, high: (v.high ?? 0) + (v.critical ?? 0), counts: v };
}

/** The table printed for the rows. */
export function formatTable(rows) {
  if (!rows.length) return "All runtime dependencies are at their latest release.";
  const header = ["package", "current", "latest", "behind"];
  const lines = rows.map((r) => [r.name, r.current ?? "-", r.latest, r.level]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  const tally = ["major", "minor", "patch", "prerelease"]
    .map((level) => [level, rows.filter((r) => r.level === level).length])
    .filter(([, n]) => n)
    .map(([level, n]) => `${n} ${level}`)
    .join(", ");
  return [fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...lines.map(fmt), "", `Behind: ${tally}.`].join("\n");
}

function npmJson(args) {
  const run = spawnSync("npm", args, { encoding: "utf8", timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  try {
    return { json: JSON.parse(run.stdout || "null"), stderr: run.stderr };
  } catch {
    return { json: null, stderr: run.stderr || run.error?.message || "" };
  }
}

function main() {
  let status = 0;
  console.log("▶ runtime dependencies behind their latest release (npm outdated --omit=dev)");
  const outdated = npmJson(["outdated", "--json", "--omit=dev"]);
  if (outdated.json && !outdated.json.error) {
    console.log(formatTable(outdatedRows(outdated.json)));
  } else {
    console.warn(`⚠ the registry could not be read: ${outdated.json?.error?.summary ?? outdated.stderr.trim()}`);
    status = 2;
  }

  console.log("\n▶ known vulnerabilities (npm audit --omit=dev --audit-level=high)");
  const audit = auditVerdict(npmJson(["audit", "--json", "--omit=dev", "--audit-level=high"]).json);
  if (!audit.reached) {
    console.warn(
      `⚠ WARNING: the advisory database could not be reached (${audit.reason}). ` +
        "No vulnerability check was made: this is not a pass. Run `npm run deps:check` where the registry's audit endpoint answers.",
    );
    return status || 2;
  }
  const c = audit.counts;
  console.log(
    `critical ${c.critical ?? 0}, high ${c.high ?? 0}, moderate ${c.moderate ?? 0}, low ${c.low ?? 0}, info ${c.info ?? 0}`,
  );
  if (audit.high > 0) {
    console.error(`✖ ${audit.high} high or critical advisories in runtime dependencies: run \`npm audit --omit=dev\`.`);
    return 1;
  }
  return status;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
