import { EnvError, envWarnings, parseEnv } from "@/lib/env";

try {
  for (const warning of envWarnings(parseEnv(process.env))) console.warn(`Warning: ${warning}`);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
