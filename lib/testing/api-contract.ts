// The ERP API's contract as the tests hold it to: every response a test
// receives is checked against the OpenAPI document (status, headers, body).
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { buildOpenApiDocument } from "@/lib/server/api/openapi";

type Json = Record<string, unknown>;
type HeaderDoc = { required?: boolean; schema?: Json };
type ResponseDoc = {
  headers?: Record<string, HeaderDoc | { $ref: string }>;
  content?: Record<string, { schema: Json }>;
};
type OperationDoc = { responses: Record<string, ResponseDoc | { $ref: string }> };

/** Headers the HTTP layer sets for every body; OpenAPI describes Content-Type through `content`. */
const TRANSPORT_HEADERS = new Set(["content-type", "content-length"]);

const doc = buildOpenApiDocument("en") as Json & {
  paths: Record<string, Record<string, OperationDoc>>;
  components: Json & { headers?: Record<string, HeaderDoc>; responses?: Record<string, ResponseDoc> };
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// The document itself is the schema that the responses' $refs point into.
ajv.addSchema({ $id: "openapi.json", components: doc.components });

function resolve<T>(node: T | { $ref: string }): T {
  if (node && typeof node === "object" && "$ref" in node) {
    const parts = node.$ref.replace(/^#\//, "").split("/");
    return parts.reduce<unknown>((at, key) => (at as Json)[key], doc) as T;
  }
  return node as T;
}

const rebase = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/'));

const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(key: string, schema: Json) {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rebase(schema) as Json);
    validators.set(key, validate);
  }
  return validate;
}

/** The document's path template for a request path: "/skus/ABC" -> "/skus/{code}". */
export function pathTemplate(path: string): string | null {
  for (const template of Object.keys(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (pattern.test(path)) return template;
  }
  return null;
}

export type ObservedResponse = {
  method: string;
  /** The path under /api/v1, e.g. "/skus/ABC". */
  path: string;
  status: number;
  headers: Headers;
  body: unknown;
};

/** What the response does that the document does not say: empty when it keeps the contract. */
export function contractProblems(observed: ObservedResponse): string[] {
  const template = pathTemplate(observed.path);
  const where = `${observed.method} ${observed.path} -> ${observed.status}`;
  if (!template) return [`${where}: the path is not in the document`];
  const item = doc.paths[template];
  // A method the path does not have answers 405, as every operation of the path documents.
  const operation =
    item[observed.method.toLowerCase()] ??
    (observed.status === 405 ? Object.values(item).find((op) => op.responses?.["405"]) : undefined);
  if (!operation) return [`${where}: the method is not in the document`];
  const documented = operation.responses[String(observed.status)] ?? operation.responses.default;
  if (!documented) return [`${where}: status ${observed.status} is not documented`];
  const response = resolve(documented);
  const problems: string[] = [];

  const declared = new Map(
    Object.entries(response.headers ?? {}).map(([name, h]) => [name.toLowerCase(), resolve<HeaderDoc>(h)]),
  );
  for (const [name, value] of observed.headers) {
    if (TRANSPORT_HEADERS.has(name)) continue;
    const header = declared.get(name);
    if (!header) {
      problems.push(`${where}: header ${name} is not documented`);
      continue;
    }
    if (header.schema) {
      const validate = validatorFor(`header ${template} ${observed.method} ${observed.status} ${name}`, header.schema);
      const typed = header.schema.type === "integer" && /^-?\d+$/.test(value) ? Number(value) : value;
      if (!validate(typed)) problems.push(`${where}: header ${name}: ${value} ${ajv.errorsText(validate.errors)}`);
    }
  }
  for (const [name, header] of declared) {
    if (header.required && !observed.headers.has(name)) problems.push(`${where}: required header ${name} is missing`);
  }

  const content = response.content?.["application/json"];
  if (content) {
    const validate = validatorFor(`body ${template} ${observed.method} ${observed.status}`, content.schema);
    if (!validate(observed.body)) problems.push(`${where}: body ${ajv.errorsText(validate.errors)}`);
  } else if (observed.body !== undefined && observed.body !== null) {
    problems.push(`${where}: a body the document does not describe`);
  }
  return problems;
}
