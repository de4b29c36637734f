import { getTranslations } from "next-intl/server";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { EXPORT_TABLES, exportTable, type ExportTable } from "@/lib/server/dashboard/export-table";
import { getUiLocale } from "@/lib/i18n/server";
import { tableFormatOf, tableResponse } from "@/lib/server/exports/table-export";
import type { SheetValue } from "@/lib/sheets/write";

/**
 * A dashboard table as CSV or, with `?format=xlsx`, a workbook whose figures are number cells, for the same
 * scope and filters as the page (an operator gets its park only).
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const who = await authorizeRoute(request, "reviewer");
  if (!who.ok) return who.response;
  const { table } = await params;
  if (!(EXPORT_TABLES as readonly string[]).includes(table)) return new Response("Not found", { status: 404 });
  const filters = Object.fromEntries(new URL(request.url).searchParams);
  const [dashboard, t, locale] = await Promise.all([getDashboard(who.user, filters), getTranslations(), getUiLocale()]);
  const { header, rows } = exportTable(dashboard, table as ExportTable, t, locale);
  return tableResponse(tableFormatOf(request), {
    // The first column names the row; the others are figures (a value that is not a number stays text).
    columns: header.map((h, i) => ({ header: h, kind: i === 0 ? "text" : "decimal" })),
    rows: rows as SheetValue[][],
    baseName: `cbec-${table}-${dashboard.filters.year}`,
    locale,
  });
}
