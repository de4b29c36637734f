import { EnvError, parseEnv, type Env } from "@/lib/env";

/**
 * The checked environment of a one-off command (`db:create-staff`,
 * `db:reset-second-factor`): a bad or missing variable is named on stderr and
 * the command exits 1, before it touches the database.
 */
export function scriptEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
