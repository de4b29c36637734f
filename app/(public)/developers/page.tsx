import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { buildOpenApiDocument } from "@/lib/server/api/openapi";
import { API_RATE_LIMIT } from "@/lib/server/api/authenticate";
import { getUiLocale } from "@/lib/i18n/server";
import { describeType, SchemaTable, type Schema } from "./schema-table";

export async function generateMetadata() {
  const t = await getTranslations("developers");
  return { title: t("title") };
}

type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string }>;
};
type PathItem = Record<string, Operation> & { parameters?: Operation["parameters"] };

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const METHOD_TONE: Record<string, string> = {
  get: "bg-brand-50 text-brand-800",
  post: "bg-emerald-50 text-emerald-800",
  put: "bg-amber-50 text-amber-900",
  patch: "bg-violet-50 text-violet-900",
  delete: "bg-red-50 text-red-800",
};

/** A readable page of the OpenAPI document, rendered from the document itself. */
export default async function DevelopersPage() {
  const [t, tContract, tScale, locale] = await Promise.all([
    getTranslations("developers"),
    getTranslations("apiContract"),
    getTranslations("figureScales"),
    getUiLocale(),
  ]);
  const doc = buildOpenApiDocument(locale) as {
    paths: Record<string, PathItem>;
    components: { schemas: Record<string, Schema> };
  };
  const labels = {
    name: t("table.name"),
    type: t("table.type"),
    required: t("table.required"),
    description: t("table.description"),
    yes: t("table.yes"),
    no: t("table.no"),
  };
  const example = 'curl -H "Authorization: Bearer cbec_…" "https://<portal>/api/v1/skus?market=US&limit=50"';
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t("lead")}</p>
      </div>
      <Card title={t("basics.title")}>
        <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
          <li>{t("basics.auth")}</li>
          <li>{t("basics.errors")}</li>
          <li>{t("basics.language")}</li>
          <li>{t("basics.rateLimit", { limit: API_RATE_LIMIT.limit, seconds: API_RATE_LIMIT.windowSeconds })}</li>
          <li>{t("basics.money")}</li>
          <li>{tContract("basics.charset")}</li>
          <li>{tContract("basics.rateLimit")}</li>
          <li>{tContract("basics.concurrency")}</li>
          <li>{tContract("basics.patch")}</li>
          <li>{tContract("basics.idempotency")}</li>
          <li>
            {t("basics.document")}{" "}
            <a href="/api/v1/openapi.json" className="font-mono text-brand-700 underline">
              /api/v1/openapi.json
            </a>
          </li>
        </ul>
        <pre className="mt-4 rounded bg-slate-900 p-3 text-xs break-all whitespace-pre-wrap text-slate-100">
          {example}
        </pre>
      </Card>

      <section aria-labelledby="endpoints" className="space-y-4">
        <h2 id="endpoints" className="text-xl font-semibold">
          {t("endpoints")}
        </h2>
        {Object.entries(doc.paths).flatMap(([path, item]) =>
          METHODS.filter((m) => item[m]).map((method) => {
            const op = item[method];
            const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])];
            const [bodyType, body] =
              Object.entries(op.requestBody?.content ?? {}).map(([k, v]) => [k, v.schema] as const)[0] ?? [];
            const opKey = `operations.${op.operationId}` as "operations.listSkus";
            const title = t.has(opKey)
              ? t(opKey)
              : tContract(`operationTitles.${op.operationId}` as "operationTitles.patchSku");
            return (
              <Card
                key={`${method} ${path}`}
                title={
                  <span className="flex flex-wrap items-center gap-2">
                    <span className={`rounded px-2 py-0.5 font-mono text-xs uppercase ${METHOD_TONE[method]}`}>
                      {method}
                    </span>
                    <code className="text-sm">/api/v1{path}</code>
                    <span className="text-slate-700">{title}</span>
                  </span>
                }
              >
                {op.description ? <p className="mb-3 text-sm text-slate-600">{op.description}</p> : null}
                {parameters.length ? (
                  <>
                    <h3 className="mb-1 text-sm font-semibold">{t("parameters")}</h3>
                    <SchemaTable
                      labels={labels}
                      scrollLabel={tScale("scrollRegion", {
                        table: `${method.toUpperCase()} /api/v1${path} ${t("parameters")}`,
                      })}
                      schema={{
                        type: "object",
                        properties: Object.fromEntries(
                          parameters.map((p) => [`${p.name} (${p.in})`, { ...p.schema, description: p.description }]),
                        ),
                        required: parameters.filter((p) => p.required).map((p) => `${p.name} (${p.in})`),
                      }}
                    />
                  </>
                ) : null}
                {body ? (
                  <p className="mt-3 text-sm">
                    <span className="font-semibold">{t("body")}</span>{" "}
                    <code className="font-mono text-xs">{describeType(body)}</code>{" "}
                    <code className="font-mono text-xs text-slate-500">{`(${bodyType})`}</code>
                  </p>
                ) : null}
                <h3 className="mt-3 mb-1 text-sm font-semibold">{t("responses")}</h3>
                <ul className="space-y-1 text-sm">
                  {Object.entries(op.responses).map(([status, r]) => (
                    <li key={status}>
                      <code className="font-mono text-xs font-semibold">{status}</code> {r.description}
                    </li>
                  ))}
                </ul>
              </Card>
            );
          }),
        )}
      </section>

      <section aria-labelledby="schemas" className="space-y-4">
        <h2 id="schemas" className="text-xl font-semibold">
          {t("schemas")}
        </h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <Card key={name} title={<code className="font-mono">{name}</code>}>
            {schema.description ? <p className="mb-2 text-sm text-slate-600">{schema.description}</p> : null}
            <SchemaTable schema={schema} labels={labels} scrollLabel={tScale("scrollRegion", { table: name })} />
          </Card>
        ))}
      </section>
    </div>
  );
}
