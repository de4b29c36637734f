import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsv, mapColumns, parseCsv, readCell } from "./parse";
import { csvField, excelText, toCsv } from "./write";

const text = 'SKU编码,中文名称,单价\r\nXY-001,蓝牙耳机（黑色）,129.00\r\nXY-002,"充电器, 65W",89.5\r\n';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

describe("decodeCsv", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeCsv(utf8(text))).toBe(text);
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeCsv(bytes)).toBe(text);
    expect(parseCsv(decodeCsv(bytes)).header[0]).toBe("SKU编码");
  });

  it("reads GB18030, which Chinese Excel writes", () => {
    const bytes = new Uint8Array(iconv.encode(text, "gb18030"));
    // The bytes are not UTF-8: decoding them as UTF-8 would garble the Chinese.
    expect(Buffer.from(bytes).toString("utf8")).not.toBe(text);
    expect(decodeCsv(bytes)).toBe(text);
    expect(parseCsv(decodeCsv(bytes)).rows[0][1]).toBe("蓝牙耳机（黑色）");
  });

  it("reads a UTF-8 slice of a larger buffer", () => {
    const whole = utf8(`xx${text}`);
    expect(decodeCsv(whole.subarray(2))).toBe(text);
  });
});

describe("parseCsv", () => {
  it("splits the header from the rows and keeps quoted commas, quotes and line breaks", () => {
    const csv = 'code,name,note\r\nA1,"Cable, 1 m","He said ""fast"""\r\nA2,"Two\nlines",x\r\n';
    const parsed = parseCsv(csv);
    expect(parsed.header).toEqual(["code", "name", "note"]);
    expect(parsed.rows).toEqual([
      ["A1", "Cable, 1 m", 'He said "fast"'],
      ["A2", "Two\nlines", "x"],
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it("leaves out blank rows but numbers each row as Excel does (header = 1)", () => {
    const csv = 'code,name\n\nA1,"multi\nline"\n,\nA2,b\n\n';
    const parsed = parseCsv(csv);
    expect(parsed.rows).toEqual([
      ["A1", "multi\nline"],
      ["A2", "b"],
    ]);
    // The quoted line break stays inside one row; blank rows still count.
    expect(parsed.rowNumbers).toEqual([3, 5]);
  });

  it("takes the delimiter from the header, even when few rows hold many semicolons", () => {
    const parsed = parseCsv("code,markets,stock\nA1,US;DE;JP,XIYONG-B1:1;XIYONG-G1:2\n");
    expect(parsed.rows).toEqual([["A1", "US;DE;JP", "XIYONG-B1:1;XIYONG-G1:2"]]);
    expect(parseCsv("code;name\nA1;b,c\n").rows).toEqual([["A1", "b,c"]]);
    expect(parseCsv("code\tname\nA1\tb\n").rows).toEqual([["A1", "b"]]);
  });

  it("trims header names and skips blank lines before the header", () => {
    const parsed = parseCsv("\n  code , name \nA1,b\n");
    expect(parsed.header).toEqual(["code", "name"]);
    expect(parsed.rowNumbers).toEqual([3]);
  });

  it("reports a quote that is never closed, with its row number", () => {
    const parsed = parseCsv('code,name\nA1,ok\nA2,"broken\nA3,x\n');
    expect(parsed.errors).toEqual([{ row: 3, message: expect.stringMatching(/quote/i) }]);
  });

  it("parses an empty file as no header and no rows", () => {
    expect(parseCsv("")).toEqual({ header: [], rows: [], rowNumbers: [], errors: [] });
    // One column gives Papa nothing to guess a delimiter from; that is no error.
    expect(parseCsv("code\nA1\n")).toEqual({ header: ["code"], rows: [["A1"]], rowNumbers: [2], errors: [] });
  });
});

describe("mapColumns", () => {
  const columns = { code: ["SKU编码", "SKU code"], price: ["单价", "Unit price"], note: ["备注", "Note"] } as const;

  it("accepts either language's column names, in any order and case", () => {
    expect(mapColumns(["unit PRICE", "SKU编码"], columns, ["code", "price"])).toEqual({
      ok: true,
      index: { code: 1, price: 0, note: -1 },
    });
  });

  it("names the required columns it cannot find", () => {
    expect(mapColumns(["备注"], columns, ["code", "price"])).toEqual({ ok: false, missing: ["code", "price"] });
  });
});

describe("CSV round trip", () => {
  it("writes a BOM and quotes that parse back to the same values, formulas defused", () => {
    const rows = [["A1", "Cable, 1 m", 'say "hi"', "=SUM(A1)", "-5"]];
    const csv = toCsv(["a", "b", "c", "d", "e"], rows);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("'=SUM(A1)");
    expect(parseCsv(decodeCsv(utf8(csv))).rows).toEqual([["A1", "Cable, 1 m", 'say "hi"', "=SUM(A1)", "-5"]]);
    expect(csvField("@cmd")).toBe("'@cmd");
  });

  it("takes off its own formula guard and nothing else, so every value makes the round trip", () => {
    const values = ["=SUM(A1)", "+86", "-dash", "@home", "'=x", "''+y", "'abc", "'-12", "-12", "'", "it's", "\tTAB"];
    const csv = toCsv(
      ["v"],
      values.map((v) => [v]),
    );
    expect(parseCsv(decodeCsv(utf8(csv))).rows.map((r) => r[0])).toEqual(values);
    expect(readCell("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(readCell("''=x")).toBe("'=x");
    expect(readCell("'abc")).toBe("'abc");
    expect(readCell("'-12")).toBe("'-12");
  });

  it("writes codes as text cells Excel keeps, and reads them back, also as Excel saves them", () => {
    const csv = toCsv(["code", "hs"], [[excelText("0042"), excelText("0101210000")]]);
    expect(csv).toContain(`"=""0042""","=""0101210000"""`);
    expect(parseCsv(decodeCsv(utf8(csv))).rows).toEqual([["0042", "0101210000"]]);
    expect(parseCsv("code,hs\r\n0042,0101210000\r\n").rows).toEqual([["0042", "0101210000"]]);
    // A text cell never carries a quote: anything else is a plain, guarded field.
    expect(csvField(excelText('a"b'))).toBe('"a""b"');
  });
});
