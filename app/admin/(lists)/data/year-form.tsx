/** Picks the year a table shows, in the URL (a GET form). */
export function YearForm({
  id,
  year,
  years,
  label,
  submit,
}: {
  id: string;
  year: number;
  years: number[];
  label: string;
  submit: string;
}) {
  return (
    <form method="get" className="mb-3 flex items-end gap-2">
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <select
          id={id}
          name="year"
          defaultValue={String(year)}
          className="mt-1 block rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
        {submit}
      </button>
    </form>
  );
}
