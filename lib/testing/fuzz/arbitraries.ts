// fast-check arbitraries for bad input: what a careless or hostile client can
// send to a server action or a route handler. Strings are the unit, since
// that is what forms, URLs and headers carry; JSON and CSV bodies are built
// from them.
import fc from "fast-check";
import iconv from "iconv-lite";

const MB = 1024 * 1024;

/** Text a field should never have to store, or that looks like something it is not. */
const EDGE_STRINGS = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m\u007f",
  "\uD800",
  "x\uDFFFy",
  "\uDBFF\uDBFF",
  "\u202Eevil\u202C",
  "\u200F\u200E\u061C",
  "\u200D\u200C\u200B\uFEFF",
  "\u2028\u2029",
  "👨‍👩‍👧‍👦🏳️‍🌈",
  "𝕏𝔸𠜎",
  "ｆｕｌｌ１２３",
  "中文，；、",
  "e\u0301\u0301\u0301",
  "\uFFFD\uFFFE\uFFFF",
  "' OR 1=1 --",
  '"; DROP TABLE "Sku"; --',
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
  "../../etc/passwd",
  "%00",
  "%E0%A4%A",
  "%",
  "%%%25",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "[object Object]",
  "__proto__",
  "constructor",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "-0",
  "0",
  "0.0000001",
  "1e308",
  "1e309",
  "-1e309",
  "1e-400",
  "0x1F",
  "1_000",
  "1,000.50",
  "９９",
  "9007199254740993",
  "-9223372036854775809",
  "99999999999999999999999999999999999999",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "+275760-09-13T00:00:00Z",
  "-271821-04-20",
  "1970-01-01T00:00:00Z",
  "2026-13",
  "2026-00",
  "2026-1-1T25:61",
  "2026-11-30T12:00",
  "CN",
  "US",
  "XX",
  "CNY",
  "USD",
  "ACTIVE",
  "on",
];

const DIGITS_1M = "9".repeat(MB);
/** About 1 MB each: over every field's limit, and over the actions' body limit for some. */
const HUGE_STRINGS = ["x".repeat(MB), "中".repeat(MB / 2), "\u202E".repeat(100_000), DIGITS_1M, "\u0000".repeat(4096)];

const numberText = fc.oneof(
  fc.double().map(String),
  fc.double({ min: -1e6, max: 1e6 }).map((n) => n.toFixed(3)),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.integer().map(String),
  fc.integer({ min: -5, max: 400 }).map((e) => `1e${e}`),
);

const dateText = fc
  .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
  .chain((d) =>
    fc.constantFrom(d.toISOString(), d.toISOString().slice(0, 10), d.toISOString().slice(0, 7), String(d.getTime())),
  );

/** A value with control characters or bidi marks slipped in. */
const tainted = fc
  .tuple(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("\u0000", "\u202E", "\uD800", "\u200D", "\u0008", "\uFEFF"),
    fc.string({ maxLength: 12 }),
  )
  .map(([a, b, c]) => a + b + c);

/** Any one bad string a form field, a URL part or a JSON value may carry. */
export const badString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: numberText },
  { weight: 2, arbitrary: dateText },
  { weight: 2, arbitrary: tainted },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ minLength: 200, maxLength: 2000 }) },
);

/** The same values without the megabyte ones (for lists of many). */
const small = (arb: fc.Arbitrary<string>) => arb.filter((s) => s.length < 5000);

/** An id as a forged form or URL carries it: a classic bad one, or a real one spoiled. */
export const badId = (ids: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      "",
      " ",
      "\u0000",
      "%",
      "%25",
      "%E0%A4%A",
      "%00",
      "..",
      "../..",
      "x".repeat(65),
      "a b",
      "🙂",
      "\uD800",
    ),
    ...(ids.length
      ? [
          fc
            .tuple(fc.constantFrom(...ids), fc.constantFrom("\u0000", "%", " ", "\u202E", "/..", "x".repeat(40)))
            .map(([id, tail]) => id + tail),
        ]
      : []),
  );

/** A value for a field: the good one, a bad one, one of the given ids (someone else's record) or a spoiled id. */
export const fieldValue = (good: string, ids: readonly string[] = []): fc.Arbitrary<string> =>
  ids.length
    ? fc.oneof(
        { weight: 2, arbitrary: fc.constant(good) },
        { weight: 3, arbitrary: badString },
        { weight: 2, arbitrary: fc.constantFrom(...ids) },
        { weight: 1, arbitrary: badId(ids) },
      )
    : fc.oneof({ weight: 2, arbitrary: fc.constant(good) }, { weight: 3, arbitrary: badString });

/** One entry of a form: text, or a file where text was expected (or the other way round). */
export type FormEntry = [name: string, value: string | { file: Uint8Array; name: string; type: string }];

const fileEntry = fc.record({
  file: fc.oneof(
    fc.uint8Array({ maxLength: 64 }),
    fc.constant(new Uint8Array(0)),
    fc.constant(new TextEncoder().encode("<svg onload=alert(1)>")),
  ),
  name: fc.oneof(fc.constantFrom("a.png", "a.csv", "", "..\\..\\x", "\u202Egnp.exe"), badString),
  type: fc.constantFrom("image/png", "text/csv", "", "application/octet-stream", "text/html"),
});

/** Names a form never has, including the framework's own and prototype keys. */
const strayName = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "$ACTION_ID_x", "$ACTION_REF_1", "id[]", "", "\u0000"),
  fc.string({ maxLength: 12 }),
);

/**
 * A form built from a good one: each field kept, replaced by a bad value,
 * dropped, sent twice, or sent as a file; plus stray fields.
 */
export function formEntries(
  good: Record<string, string | readonly string[]>,
  ids: readonly string[] = [],
): fc.Arbitrary<FormEntry[]> {
  const perField = Object.entries(good).map(([name, value]) => {
    const first = typeof value === "string" ? value : (value[0] ?? "");
    return fc
      .oneof(
        { weight: 3, arbitrary: fc.constant([first, ...(typeof value === "string" ? [] : value.slice(1))]) },
        { weight: 4, arbitrary: fieldValue(first, ids).map((v) => [v]) },
        { weight: 1, arbitrary: fc.constant([] as string[]) },
        { weight: 1, arbitrary: fc.array(small(fieldValue(first, ids)), { minLength: 2, maxLength: 600 }) },
        { weight: 1, arbitrary: fileEntry.map((f) => [f]) },
      )
      .map((values) => values.map((v): FormEntry => [name, v]));
  });
  const stray = fc.array(
    fc.tuple(strayName, fc.oneof(badString, fileEntry)).map(([n, v]): FormEntry => [n, v]),
    { maxLength: 3 },
  );
  return fc.tuple(fc.tuple(...perField), stray).map(([fields, extra]) => [...fields.flat(), ...extra]);
}

export function toFormData(entries: readonly FormEntry[]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, new File([value.file as Uint8Array<ArrayBuffer>], value.name, { type: value.type }));
  }
  return form;
}

// ---------------------------------------------------------------------------
// JSON

/** A JSON token written as is, for numbers JSON.stringify cannot write (1e400, -0, 1.0000000000000001). */
type Raw = { raw: string };
type JsonLike = string | number | boolean | null | Raw | JsonLike[] | { [key: string]: JsonLike };

const rawNumber = fc
  .constantFrom("1e400", "-1e400", "-0", "1.0000000000000001", "123456789012345678901234567890", "1E-400", "0.1e1")
  .map((raw): Raw => ({ raw }));

const jsonScalar: fc.Arbitrary<JsonLike> = fc.oneof(
  badString,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  fc.constantFrom(0, -1, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 1e21, true, false, null),
  rawNumber,
);

const jsonValue: fc.Arbitrary<JsonLike> = fc.letrec<{ value: JsonLike }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    jsonScalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor")), tie("value"), {
      maxKeys: 4,
    }),
  ),
})).value;

function writeJson(value: JsonLike): string {
  if (value !== null && typeof value === "object" && "raw" in value && typeof value.raw === "string") return value.raw;
  if (Array.isArray(value)) return `[${value.map(writeJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${writeJson(v as JsonLike)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Text that is not JSON, or is JSON no parser should be asked to hold. */
const malformedJson = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    '{"a":',
    "{'a': 1}",
    '{"a": 1,}',
    "[1,2",
    "NaN",
    "undefined",
    '"\\uD800"',
    '{"a":"\\u0000"}',
    "\uFEFF{}",
    '{"a":1}{"b":2}',
    "[".repeat(100_000) + "]".repeat(100_000),
    `{"a":${"[".repeat(5000)}${"]".repeat(5000)}}`,
    `[${"1,".repeat(200_000)}1]`,
    `{"s":"${"x".repeat(MB)}"}`,
  ),
  fc.string({ unit: "binary", maxLength: 60 }),
);

/**
 * A JSON body built from a good object: each key kept, given a bad value or
 * dropped, plus stray keys; or something that is not an object at all; or
 * text that does not parse.
 */
export function jsonBody(good: Record<string, JsonLike>): fc.Arbitrary<string> {
  const perKey = Object.entries(good).map(([key, value]) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant([[key, value]] as [string, JsonLike][]) },
      { weight: 4, arbitrary: jsonValue.map((v) => [[key, v]] as [string, JsonLike][]) },
      { weight: 1, arbitrary: fc.constant([] as [string, JsonLike][]) },
    ),
  );
  const object = fc
    .tuple(fc.tuple(...perKey), fc.array(fc.tuple(fc.string({ maxLength: 10 }), jsonValue), { maxLength: 2 }))
    .map(([fields, extra]) => writeJson(Object.fromEntries([...fields.flat(), ...extra])));
  return fc.oneof(
    { weight: 6, arbitrary: object },
    { weight: 1, arbitrary: jsonValue.map(writeJson) },
    { weight: 2, arbitrary: malformedJson },
  );
}

export type { JsonLike };

// ---------------------------------------------------------------------------
// CSV

const lineEnd = fc.constantFrom("\r\n", "\n", "\r", "\n\r");

const csvCell = fc.oneof(
  { weight: 4, arbitrary: small(badString) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('"unterminated', 'a"b', '""', '"a""b"', '"multi\nline"', "a,b", "a;b", "\t"),
  },
);

/**
 * A CSV file's bytes: a header the import knows (or not), rows of bad cells
 * with mixed line ends, broken quoting, a BOM or none, in UTF-8, GB18030,
 * UTF-16 or bytes of no charset; now and then a row with thousands of fields.
 */
export function csvFile(headers: readonly (readonly string[])[], goodRow: readonly string[]): fc.Arbitrary<Uint8Array> {
  const header = fc.oneof(
    fc.constantFrom(...headers).map((h) => [...h]),
    fc.array(csvCell, { maxLength: 6 }),
  );
  const row = fc.oneof(
    { weight: 3, arbitrary: fc.constant([...goodRow]) },
    {
      weight: 5,
      arbitrary: fc.tuple(...goodRow.map((cell) => fc.oneof(fc.constant(cell), csvCell))),
    },
    { weight: 1, arbitrary: fc.array(csvCell, { maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constant(Array.from({ length: 20_000 }, (_, i) => String(i))) },
  );
  const text = fc
    .tuple(
      header,
      fc.array(fc.tuple(row, lineEnd, fc.constantFrom(",", ";", "\t", ",")), { maxLength: 8 }),
      lineEnd,
      fc.boolean(),
    )
    .map(([head, rows, end, trailing]) => {
      const quote = (cell: string) => (/[",\r\n]/.test(cell) && !cell.startsWith('"') ? `"${cell}"` : cell);
      const lines = [head.map(quote).join(","), ...rows.map(([r, , sep]) => r.map(quote).join(sep))];
      return lines.join(end) + (trailing ? end : "");
    });
  const encoded = fc
    .tuple(text, fc.constantFrom("utf8", "utf8-bom", "gb18030", "utf16le-bom", "latin1"))
    .map(([t, encoding]) => {
      switch (encoding) {
        case "utf8-bom":
          return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")]));
        case "gb18030":
          return new Uint8Array(iconv.encode(t, "gb18030"));
        case "utf16le-bom":
          return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]));
        case "latin1":
          return new Uint8Array(Buffer.from(t, "latin1"));
        default:
          return new Uint8Array(Buffer.from(t, "utf8"));
      }
    });
  return fc.oneof(
    { weight: 8, arbitrary: encoded },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        new Uint8Array([0xef, 0xbb, 0xbf]),
        new Uint8Array([0xff, 0xfe, 0x00, 0xd8]),
        new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x0a]),
        new Uint8Array(Buffer.from(`${headers[0]?.join(",") ?? ""}\n${"a,".repeat(MB / 2)}`)),
      ),
    },
  );
}

// ---------------------------------------------------------------------------
// Requests

/** A header value a client can send (the HTTP parser refuses the rest before any handler sees it). */
export const headerValue = fc.oneof(
  fc.constantFrom("", "*", "en", "zh-CN", "xx-YY;q=2", "en;q=NaN,zh;q=-1", ",,,", "a".repeat(8000)),
  fc.string({ unit: "binary-ascii", maxLength: 40 }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, "")),
);

/** A query string: bad values under good names, repeated names, broken percent escapes. */
export function queryString(names: readonly string[]): fc.Arbitrary<string> {
  const pair = fc.tuple(fc.oneof(fc.constantFrom(...names, "__proto__"), fc.string({ maxLength: 8 })), badString);
  const encoded = fc
    .array(pair, { maxLength: 5 })
    .map((pairs) => new URLSearchParams(pairs.filter(([, v]) => v.length < 10_000)).toString());
  const broken = fc.constantFrom("a=%", "year=%E0%A4%A", "q=%00", "%%%=%%%", "year=2025&year=2026&year[]=x", "&&&=");
  return fc.oneof(encoded, broken);
}
