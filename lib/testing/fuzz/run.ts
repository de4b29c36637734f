// Runs each target's property with fast-check: no error escapes (a thrown
// error is a 500 in Next.js; redirect() and notFound() are answers), and a
// refused call leaves every table as it was.
import fc from "fast-check";
import type { Db } from "@/lib/db/create-client";
import { redirectTarget } from "@/lib/testing/next-stubs";
import { changedTables, snapshot, type Snapshot } from "./snapshot";

export type Outcome = "refused" | "accepted";

export type Target<T> = {
  /** `<file>#<export>`, as the enumeration finds it. */
  key: string;
  arbitrary: fc.Arbitrary<T>;
  runs: number;
  /** Before the first case (opening the caller's session, which is not the call's doing). */
  begin?: () => Promise<void>;
  /** Before each case (signing someone in afresh, say). */
  prepare?: () => Promise<void>;
  /** Calls the action or handler; throws only what escapes it. */
  call(input: T): Promise<Outcome>;
  /** Tables a refused call writes on purpose (an import's error report), each with its reason. */
  mayWrite?: readonly string[];
  /** Whether the target logs errors for a client's mistakes (Auth.js does); otherwise an error logged fails. */
  mayLog?: boolean;
  /** Checked after every case, accepted or not: what is wrong, or null. */
  invariant?: () => Promise<string | null>;
};

export type Failure = { key: string; seed: number; path: string | null; input: string; problem: string };

/** What Next.js turns into an answer rather than a 500: redirect() and notFound(). */
export function isNavigation(error: unknown): boolean {
  if (redirectTarget(error) !== null) return true;
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;");
}

/** The run's seed: FUZZ_SEED when set, so that a failure can be replayed; a new one otherwise. */
export function fuzzSeed(): number {
  const fixed = process.env.FUZZ_SEED;
  return fixed ? Number(fixed) : Math.floor(Math.random() * 2 ** 31);
}

/** FUZZ_RUNS scales every target's number of cases (0.1 for a quick look, 10 for a long night). */
export const runsScale = () => Number(process.env.FUZZ_RUNS ?? 1);

/** One seed per target, from the run's seed and the target's name, so each replays on its own. */
function targetSeed(seed: number, key: string): number {
  let h = seed | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const short = (value: unknown): string => {
  const text = (() => {
    try {
      return fc.stringify(value);
    } catch {
      return String(value);
    }
  })();
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text;
};

class Escaped extends Error {}

export async function fuzzTargets(
  db: Db,
  targets: readonly Target<unknown>[],
  opts: {
    seed: number;
    /** Waits for the work a call left running (after() tasks). */
    settle: () => Promise<void>;
    /** After each target: puts back what the next target relies on. */
    after?: () => Promise<void>;
  },
): Promise<{ cases: number; failures: Failure[] }> {
  let cases = 0;
  const failures: Failure[] = [];
  let last: Snapshot | null = null;
  const only = process.env.FUZZ_ONLY;
  for (const target of targets) {
    if (only && !target.key.includes(only)) continue;
    const seed = targetSeed(opts.seed, target.key);
    const property = fc.asyncProperty(target.arbitrary, async (input) => {
      cases++;
      if (target.prepare) {
        await target.prepare();
        last = null;
      }
      const before = last ?? (await snapshot(db));
      const logged: unknown[][] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => void logged.push(args);
      let outcome: Outcome;
      try {
        outcome = await target.call(input);
      } catch (error) {
        if (!isNavigation(error)) {
          throw new Escaped(`threw (a 500): ${error instanceof Error ? (error.stack ?? error.message) : short(error)}`);
        }
        outcome = "accepted";
      } finally {
        try {
          await opts.settle();
        } finally {
          console.error = consoleError;
        }
      }
      const after = await snapshot(db, before);
      last = after;
      if (logged.length && !target.mayLog) throw new Escaped(`logged an error: ${short(logged[0]).slice(0, 1500)}`);
      if (outcome === "refused") {
        const changed = changedTables(before, after, target.mayWrite);
        if (changed.length) throw new Escaped(`refused, yet changed ${changed.join(", ")}`);
      }
      const broken = target.invariant && (await target.invariant());
      if (broken) throw new Escaped(broken);
    });
    const shrink = process.env.FUZZ_SHRINK === "1";
    const started = Date.now();
    const casesBefore = cases;
    if (target.begin) await target.begin();
    last = null;
    const details = await fc.check(property, {
      numRuns: Math.max(1, Math.round(target.runs * runsScale())),
      seed,
      endOnFailure: !shrink,
    });
    if (details.failed) {
      const error = details.errorInstance;
      failures.push({
        key: target.key,
        seed,
        path: details.counterexamplePath,
        input: short(details.counterexample),
        problem: error instanceof Error ? error.message.slice(0, 3000) : short(error),
      });
    }
    if (opts.after) await opts.after();
    last = null;
    if (process.env.FUZZ_VERBOSE === "1")
      console.log(`fuzz: ${target.key}: ${cases - casesBefore} cases in ${Date.now() - started} ms`);
  }
  return { cases, failures };
}

export function summary(kind: string, result: { cases: number; failures: Failure[] }, targets: number, seed: number) {
  const provider = process.env.TEST_POSTGRES_URL ? "postgresql" : "sqlite";
  return `fuzz: ${result.cases.toLocaleString("en")} cases over ${targets} ${kind} on ${provider}, ${result.failures.length} failures (FUZZ_SEED=${seed})`;
}
