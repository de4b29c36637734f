import { getTranslations } from "next-intl/server";
import { csvResponse, toCsv } from "@/lib/csv/write";
import { authorizeRoute } from "@/lib/server/actions/authorize-route";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { EXPORT_TABLES, exportTable, type ExportTable } from "@/lib/server/dashboard/export-table";
import { getUiLocale } from "@/lib/i18n/server";

/** A dashboard table as CSV, for the same scope and filters as the page (an operator gets its park only). */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const who = await authorizeRoute(request, "reviewer");
  if (!who.ok) return who.response;
  const { table } = await params;
  if (!(EXPORT_TABLES as readonly string[]).includes(table)) return new Response("Not found", { status: 404 });
  const filters = Object.fromEntries(new URL(request.url).searchParams);
  const [dashboard, t, locale] = await Promise.all([getDashboard(who.user, filters), getTranslations(), getUiLocale()]);
  const { header, rows } = exportTable(dashboard, table as ExportTable, t, locale);
  return csvResponse(toCsv(header, rows), `cbec-${table}-${dashboard.filters.year}.csv`);
}
