// A client generated from the OpenAPI document with openapi-typescript, as an
// ERP team would generate it, must compile against the README's example of
// the API (openapi-fetch), and keep the fields with server defaults optional.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/server/api/openapi";

const dir = path.resolve(".tmp", `client-types-${process.pid}`);

/** The ```ts blocks of the README's ERP API section. */
function readmeExamples(): string[] {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf("- **ERP API**");
  const end = readme.indexOf("\n- **", start + 1);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1].replace(/^ {2}/gm, ""));
}

/** tsc's complaints about the files, strict, as an ERP project on Node would compile them. */
function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [path.resolve("node_modules/@types")],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file ? path.basename(d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const ast = await openapiTS(buildOpenApiDocument("en") as unknown as Parameters<typeof openapiTS>[0]);
  writeFileSync(path.join(dir, "cbec-api.d.ts"), astToString(ast));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a client generated from the document", () => {
  it("compiles the README's examples", () => {
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThan(0);
    const files = examples.map((code, i) => {
      const file = path.join(dir, `readme-example-${i}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    expect(typeErrors(files)).toEqual([]);
  }, 120_000);

  it("keeps the fields with server defaults optional, and the document's rules in the types", () => {
    const file = path.join(dir, "defaults.ts");
    writeFileSync(
      file,
      [
        'import type { components } from "./cbec-api";',
        'type SkuInput = components["schemas"]["SkuInput"];',
        // Only what the server requires: nameZh, nameEn, markets, platforms, stock, originCountry and status have defaults.
        'const minimal: SkuInput = { code: "A-1", nameEn: "Cup", hsCode: "8517620000", unitPriceMinor: 1, currency: "CNY", weightGrams: 1 };',
        // The document's lists are in the types: a market that is not a country does not compile.
        '// @ts-expect-error "ZZ" is not an ISO 3166-1 code',
        'const wrong: SkuInput = { ...minimal, markets: ["ZZ"] };',
        "export { minimal, wrong };",
      ].join("\n"),
    );
    expect(typeErrors([file])).toEqual([]);
  }, 120_000);

  it("fails to compile a client call the document does not allow (the check bites)", () => {
    const file = path.join(dir, "bad.ts");
    writeFileSync(
      file,
      [
        'import createClient from "openapi-fetch";',
        'import type { paths } from "./cbec-api";',
        'const api = createClient<paths>({ baseUrl: "https://portal.example/api/v1" });',
        'await api.POST("/skus", { body: { code: "A-1", unitPriceMinor: 1, currency: "CNY", weightGrams: 1 } });',
        "export {};",
      ].join("\n"),
    );
    expect(typeErrors([file]).join("\n")).toMatch(/hsCode/);
  }, 120_000);
});
