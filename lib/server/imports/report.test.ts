import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse";
import { issuesToCsv, parseIssues, serializeIssues, type ImportIssue } from "./report";

// Problems as the declarations import reports them (qualifyDeclarationMessage).
const issues: ImportIssue[] = [
  { row: 2, column: "金额", message: "dataQuality.ambiguousComma", value: "12,5" },
  { row: 3, column: "申报单号", message: "dataValidation.duplicateReference", value: "800120250000000001" },
  { row: 4, column: "platform", message: "dataValidation.invalidChoice", value: '=HYPERLINK("x")' },
];

describe("an import's problem report", () => {
  it("is in the reader's language, headers included, and names each offending value", () => {
    const zh = parseCsv(issuesToCsv(issues, "zh-CN"));
    expect(zh.header).toEqual(["行号", "列", "问题", "内容"]);
    expect(zh.rows[0]).toEqual([
      "2",
      "金额",
      "此处的逗号含义不明确：小数请用小数点（12.5），不要用逗号（12,5）。逗号只能用作千位分隔符（1,234.50）。",
      "12,5",
    ]);
    expect(zh.rows[1][3]).toBe("800120250000000001");
    const en = parseCsv(issuesToCsv(issues, "en"));
    expect(en.header).toEqual(["Row", "Column", "Problem", "Value"]);
    expect(en.rows[0][2]).toMatch(/^A comma here is ambiguous/);
  });

  it("keeps a value that starts like a formula as it was, through the stored report and the download", () => {
    const stored = parseIssues(serializeIssues(issues));
    expect(stored).toEqual(issues);
    expect(parseCsv(issuesToCsv(stored, "en")).rows[2][3]).toBe('=HYPERLINK("x")');
    // The download still defuses it for Excel.
    expect(issuesToCsv(stored, "en")).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
