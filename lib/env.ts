// Every environment variable the portal reads, checked once with zod. A bad or
// missing value stops start-up with a message that names it.
import { z } from "zod";

/** A footer item: one line of plain text, at most `max` characters. */
const footerText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { message: "must be one line of text" })
    .optional();

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .default("file:./data/cbec.db")
      .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
        message: "must start with file: (SQLite) or postgres:// (PostgreSQL)",
      }),
    // Read replicas of DATABASE_URL, comma-separated: the dashboard's and the lists' reads go to one of them
    // (lib/server/db.ts); writes and every other read stay on DATABASE_URL.
    DATABASE_REPLICA_URLS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    // A secret mixed into every password hash (lib/server/auth/password.ts), kept out of the
    // database and its backups. Optional; once set, it must never change or be lost.
    PASSWORD_PEPPER: z.string().min(32, "must be at least 32 characters").optional(),
    // The portal's public URL: every link in mail and calendar files starts with its origin.
    AUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
    // Without AUTH_URL: the origins the portal answers on, comma-separated; a link uses the one the
    // request came to, or the first. Nothing in a link is ever taken from the request alone.
    PUBLIC_ORIGINS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, message: "must list http(s) URLs, comma-separated" }))),
    SMTP_URL: z
      .string()
      .refine((v) => /^smtps?:\/\//.test(v), { message: "must start with smtp:// or smtps://" })
      .optional(),
    MAIL_FROM: z.string().default("CBEC Portal <no-reply@cbec.example.com>"),
    DEMO_DATA: z.enum(["auto", "on", "off"]).default("auto"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Sign-in throttling (lib/server/auth/login-throttle.ts): no count ever locks an account.
    LOGIN_MAX_ATTEMPTS_PER_PAIR: z.coerce.number().int().min(1).default(10),
    LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
    LOGIN_SLOWDOWN_AFTER: z.coerce.number().int().min(0).default(3),
    LOGIN_MAX_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(3000),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: z.string().optional(),
    // Proxies in front of the portal whose X-Forwarded-For entries are believed (lib/server/auth/client-ip.ts).
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    // CSV imports running at once in worker threads (lib/server/imports/runner.ts); one per merchant at a time.
    IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
    // Whether this process runs the job queue's workers and schedules (lib/server/jobs/): 1 (the default,
    // so `npm start` needs nothing more) or 0 for a web-only node; `npm run jobs` runs workers only.
    JOB_WORKERS: z.enum(["0", "1"], { message: "must be 0 or 1" }).default("1"),
    // Alerting on abnormal activity (lib/server/observability/alerts.ts): how many events of a kind
    // within the window raise one alert; 0 turns that rule off.
    ALERT_WINDOW_SECONDS: z.coerce.number().int().min(60).max(86_400).default(600),
    ALERT_SIGN_IN_FAILURES: z.coerce.number().int().min(0).default(20),
    ALERT_REFUSALS_PER_USER: z.coerce.number().int().min(0).default(10),
    ALERT_RATE_LIMITED: z.coerce.number().int().min(0).default(20),
    // Where alerts are mailed (with SMTP_URL); commission staff always get them in the portal.
    ALERT_EMAIL: z.email({ message: "must be an email address" }).optional(),
    // The clamd (ClamAV) every upload is streamed to before it is kept (lib/server/uploads/scan.ts):
    // tcp://host:port or unix:/path/to/clamd.sock. Unset: uploads are not scanned (production warns).
    CLAMAV_URL: z
      .string()
      .refine((v) => /^tcp:\/\/[^/\s]+(:\d+)?\/?$/.test(v) || /^unix:\/\S+$/.test(v), {
        message: "must be tcp://host:port or unix:/path/to/clamd.sock",
      })
      .optional(),
    // The fewest seconds between showing a public form and accepting it (lib/server/forms/human-time.ts).
    FORM_MIN_SECONDS: z.coerce.number().int().min(0).max(600).default(2),
    REGISTER_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
    // The statutory footer on every page (lib/site/footer.ts): the sponsoring unit (主办单位), the ICP
    // filing number (linked to the MIIT filing site), the public-security filing number (公安机关备案号),
    // the government website identification code (网站标识码) and contact details. Each is shown only
    // when set; unset, it is left out.
    SITE_SPONSOR: footerText(100),
    SITE_ICP_FILING: footerText(60),
    SITE_PSB_FILING: footerText(60),
    SITE_ID: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z]{10}$/, "must be the 10-character government website identification code (网站标识码)")
      .optional(),
    SITE_CONTACT: footerText(200),
    // Set by Next.js itself; a build needs no secret.
    NEXT_PHASE: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["LOGIN_MAX_ATTEMPTS_PER_ACCOUNT"],
        message: "is no longer read: accounts are not locked; see LOGIN_MAX_ATTEMPTS_PER_PAIR and LOGIN_SLOWDOWN_AFTER",
      });
    }
    const provider = (url: string) =>
      url.startsWith("file:") ? "sqlite" : /^postgres(ql)?:\/\//.test(url) ? "pg" : null;
    if (env.DATABASE_REPLICA_URLS.some((url) => provider(url) !== provider(env.DATABASE_URL))) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_REPLICA_URLS"],
        message: "must list replicas of DATABASE_URL's kind (postgres:// for PostgreSQL), comma-separated",
      });
    }
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET && env.NEXT_PHASE !== "phase-production-build") {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    }
    if (
      env.NODE_ENV === "production" &&
      !env.AUTH_URL &&
      env.PUBLIC_ORIGINS.length === 0 &&
      env.NEXT_PHASE !== "phase-production-build"
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_URL"],
        message:
          "is required in production: the portal's public URL, which links in mail start with " +
          "(or list the origins it answers on in PUBLIC_ORIGINS)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

/** Parses an environment; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset, as shells and .env files often leave them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
}

/**
 * The origin links in mail and calendar files start with: AUTH_URL's; else,
 * with PUBLIC_ORIGINS, the listed origin whose host the request came to, or
 * the first; else (development and tests only: production refuses to start)
 * this machine's port. The request's Host and X-Forwarded-Host only ever pick
 * among configured origins.
 */
export function publicOrigin(
  env: Pick<Env, "AUTH_URL" | "PUBLIC_ORIGINS" | "PORT">,
  requestHost: string | null = null,
): string {
  if (env.AUTH_URL) return new URL(env.AUTH_URL).origin;
  const origins = env.PUBLIC_ORIGINS.map((o) => new URL(o));
  if (origins.length) {
    const host = requestHost?.trim().toLowerCase();
    return (origins.find((o) => o.host === host) ?? origins[0]).origin;
  }
  return `http://localhost:${env.PORT}`;
}

/** What a production server should be told at start-up (scripts/check-env.ts prints them); nothing stops it. */
export function envWarnings(e: Pick<Env, "NODE_ENV" | "CLAMAV_URL">): string[] {
  const warnings: string[] = [];
  if (e.NODE_ENV === "production" && !e.CLAMAV_URL) {
    warnings.push("CLAMAV_URL is not set: uploaded logos and CSV files are not scanned for malware");
  }
  return warnings;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
