import "server-only";
import type { Db } from "@/lib/db/create-client";
import { mapColumns } from "@/lib/csv/parse";
import { readTable } from "@/lib/sheets/read";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { OfficialStatInput, type OfficialStatValues } from "@/lib/validation/rates";
import { writeOfficialStat } from "./set-official-stat";

export const STAT_IMPORT_MAX_ROWS = 2_000;

export const STAT_COLUMNS = {
  zone: ["zone", "zone_code", "示范区代码"],
  month: ["month", "月份"],
  value: ["value_10k_cny", "value", "进出口额（万元）", "进出口额"],
  source: ["source", "数据来源"],
} as const;

export type StatImportIssue = { line: number; field: string; key: string; values?: Record<string, string> };
export type StatImportResult = { ok: true; count: number } | { ok: false; errors: StatImportIssue[] };

/**
 * Imports official monthly figures per zone (by zone code) all or nothing:
 * any bad row, unknown zone or repeated zone and month means nothing is
 * written. Existing figures for the same zone and month are replaced.
 */
export async function importOfficialStats(db: Db, actorId: string, bytes: Uint8Array): Promise<StatImportResult> {
  const parsed = await readTable(bytes);
  const mapped = mapColumns<keyof typeof STAT_COLUMNS>(parsed.header, STAT_COLUMNS, ["zone", "month", "value"]);
  if (!mapped.ok)
    return {
      ok: false,
      errors: [
        {
          line: 1,
          field: "row",
          key: "missingColumns",
          values: { columns: mapped.missing.map((c) => STAT_COLUMNS[c][0]).join(", ") },
        },
      ],
    };
  if (!parsed.rows.length) return { ok: false, errors: [{ line: 1, field: "row", key: "emptyFile" }] };
  if (parsed.rows.length > STAT_IMPORT_MAX_ROWS)
    return {
      ok: false,
      errors: [{ line: 1, field: "row", key: "tooManyRows", values: { max: String(STAT_IMPORT_MAX_ROWS) } }],
    };

  const zones = await db.zone.findMany({ where: { kind: "DEMONSTRATION" }, select: { id: true, code: true } });
  const zoneByCode = new Map(zones.map((z) => [z.code.toUpperCase(), z.id]));
  const errors: StatImportIssue[] = [];
  const rows: OfficialStatValues[] = [];
  const seen = new Set<string>();
  parsed.rows.forEach((cells, i) => {
    const line = parsed.rowNumbers?.[i] ?? i + 2;
    const cell = (c: keyof typeof STAT_COLUMNS) => (mapped.index[c] >= 0 ? (cells[mapped.index[c]] ?? "").trim() : "");
    const zoneId = zoneByCode.get(cell("zone").toUpperCase());
    if (!zoneId) return void errors.push({ line, field: "zone", key: cell("zone") ? "zone" : "required" });
    const result = OfficialStatInput.safeParse({
      zoneId,
      month: cell("month"),
      value: cell("value"),
      source: cell("source"),
    });
    if (!result.success) {
      const issue = result.error.issues[0];
      return void errors.push({ line, field: String(issue.path[0] ?? "row"), key: issue.message });
    }
    const key = `${zoneId}|${result.data.month}`;
    if (seen.has(key)) return void errors.push({ line, field: "month", key: "duplicateMonth" });
    seen.add(key);
    rows.push(result.data);
  });
  if (errors.length) return { ok: false, errors };

  await db.$transaction(
    async (tx) => {
      for (const r of rows) await writeOfficialStat(tx, actorId, r);
      await recordAudit(tx, {
        actorId,
        action: "official_stat.import",
        entityType: "OfficialStat",
        entityId: "import",
        details: { rows: rows.length },
      });
    },
    { timeout: 60_000 },
  );
  return { ok: true, count: rows.length };
}
