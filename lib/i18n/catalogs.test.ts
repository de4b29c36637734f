import { describe, expect, it } from "vitest";
import { catalogFiles, loadMessages } from "./messages";

const en = loadMessages("en");
const zhCN = loadMessages("zh-CN");

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();
}

describe("message catalogs", () => {
  const zhKeys = keys(zhCN).sort();
  const enKeys = keys(en).sort();

  it("have the same keys in zh-CN and en", () => {
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const get = (obj: unknown, key: string) =>
      key.split(".").reduce((o: never, k) => (o as never)?.[k], obj as never) as unknown;
    const mismatched = enKeys.filter((k) => {
      const a = get(en, k);
      const b = get(zhCN, k);
      return typeof a === "string" && typeof b === "string" && placeholders(a).join() !== placeholders(b).join();
    });
    expect(mismatched).toEqual([]);
  });

  it("have no empty texts except where a body is optional", () => {
    const get = (obj: unknown, key: string) =>
      key.split(".").reduce((o: never, k) => (o as never)?.[k], obj as never) as unknown;
    const empty = enKeys
      .filter((k) => get(en, k) === "" || get(zhCN, k) === "")
      .filter((k) => !k.endsWith("unknown.body"));
    expect(empty).toEqual([]);
  });

  it("never define a namespace in two files", () => {
    for (const files of Object.values(catalogFiles)) {
      const names = files.flatMap((f) => Object.keys(f));
      expect(names.length).toBe(new Set(names).size);
    }
  });

  it("give the English sign-in labels the issue names", () => {
    expect([en.login.email, en.login.password, en.login.submit]).toEqual(["Email", "Password", "Sign in"]);
  });
});

describe("catalog keys", () => {
  it("hold no dots, which next-intl reads as nesting", () => {
    const walk = (o: unknown, path: string): string[] =>
      typeof o === "object" && o !== null
        ? Object.entries(o).flatMap(([k, v]) => (k.includes(".") ? [`${path}${k}`] : walk(v, `${path}${k}/`)))
        : [];
    expect(walk(loadMessages("en"), "")).toEqual([]);
    expect(walk(loadMessages("zh-CN"), "")).toEqual([]);
  });
});
