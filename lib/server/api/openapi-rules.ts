import "server-only";
import { COUNTRY_CODES } from "@/lib/reference/countries";
import { CURRENCY_CODES, currencyMinorDigits } from "@/lib/reference/currencies";
import { HS_CHAPTERS, isHsChapter, isUsableHsChapter } from "@/lib/reference/hs-chapters";
import { EXCEL_SCIENTIFIC } from "@/lib/validation/sku";

// What zod's JSON Schema cannot say about the SKU rules (its refinements), said
// in JSON Schema, so that every body the document allows is one the server
// accepts. The document is stricter where the server normalises: it lists the
// canonical form ("US", "amazon", "8517620000"), and the field's description
// says what else the server turns into it.

type Json = Record<string, unknown>;

/** The control characters the text rule refuses (lib/validation/text.ts), as a pattern that refuses them. */
export const NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";

/** Text of white space only, or none (what the name rule refuses in both nameZh and nameEn). */
const BLANK = "^\\s*$";

const usableChapters = HS_CHAPTERS.map((c) => c.code).filter(isUsableHsChapter);
const hsChapters = HS_CHAPTERS.map((c) => c.code).filter(isHsChapter);

/** 6, 8 or 10 digits whose first two are a usable HS chapter. */
export const HS_CODE_PATTERN = `^(?:${usableChapters.join("|")})(?:\\d{4}|\\d{6}|\\d{8})$`;

const currencies = CURRENCY_CODES.filter((code) => {
  try {
    return currencyMinorDigits(code) >= 0;
  } catch {
    return false;
  }
});

/** Request schemas without `default`: openapi-typescript makes a property with a default required. */
function withoutDefaults(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDefaults);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== "default")
      .map(([k, v]) => [k, withoutDefaults(v)]),
  );
}

/** SkuInput's JSON Schema with the rules the server checks beyond zod's output. */
export function truthfulSkuInput(generated: Json): Json {
  const schema = withoutDefaults(generated) as Json & { properties: Record<string, Json> };
  const p = schema.properties;
  const country = { type: "string", enum: COUNTRY_CODES };
  return {
    ...schema,
    properties: {
      ...p,
      code: { ...p.code, not: { pattern: EXCEL_SCIENTIFIC.source } },
      nameZh: { ...p.nameZh, pattern: NO_CONTROL_CHARACTERS },
      nameEn: { ...p.nameEn, pattern: NO_CONTROL_CHARACTERS },
      hsCode: { ...p.hsCode, pattern: HS_CODE_PATTERN },
      originCountry: { ...p.originCountry, ...country },
      currency: { ...p.currency, enum: currencies },
      markets: { ...p.markets, items: { ...(p.markets.items as Json), ...country } },
      weightGrams: { ...p.weightGrams, minimum: 1 },
    },
    // nameZh or nameEn, with more than white space: not both of them missing or blank. (An anyOf of the
    // two would say the same, but openapi-typescript would make it a union that accepts anything.)
    not: { properties: { nameZh: { pattern: BLANK }, nameEn: { pattern: BLANK } } },
  };
}

/** The list's query parameters with the same rules: a market and a chapter from their lists, no control characters. */
export function truthfulQueryParameter(name: string, schema: Json): Json {
  if (name === "q") return { ...schema, pattern: NO_CONTROL_CHARACTERS };
  if (name === "market") return { ...schema, enum: COUNTRY_CODES };
  if (name === "chapter") return { type: "string", enum: hsChapters };
  return schema;
}
