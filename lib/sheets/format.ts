/** The file formats every export and template offers. */
export type TableFormat = "csv" | "xlsx";

/** The format a download asks for (`?format=xlsx`); CSV otherwise, as before workbooks. */
export function tableFormatOf(request: Request): TableFormat {
  return new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
}

/** A link to the same download in another format. */
export function withTableFormat(href: string, format: TableFormat): string {
  if (format === "csv") return href;
  return `${href}${href.includes("?") ? "&" : "?"}format=${format}`;
}
