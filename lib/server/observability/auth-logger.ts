// Auth.js's own messages (its `logger` option, lib/server/auth/auth.ts) in the
// portal's one log format (logger.ts), with the request's id, instead of its
// plain-text console output.
import { CredentialsSignin } from "next-auth";
import { currentRequestId } from "./current-request-id";
import { writeLog } from "./logger";

type AuthError = Error & { type?: string; cause?: unknown };

/** The cause Auth.js wraps an error around (a thrown `authorize`, say), as text. */
function causeOf(error: AuthError): string | undefined {
  const cause = error.cause instanceof Error ? error.cause : (error.cause as { err?: unknown })?.err;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : undefined;
}

/** One JSON line for an error Auth.js reports; a wrong password is an answer, not an error, and is left out. */
export async function logAuthError(error: AuthError): Promise<void> {
  if (error instanceof CredentialsSignin || error.type === "CredentialsSignin") return;
  writeLog("error", {
    type: "auth",
    requestId: await currentRequestId(),
    name: error.name,
    errorType: error.type,
    message: error.message,
    cause: causeOf(error),
    stack: error.stack,
  });
}

/** Auth.js's `logger` option: errors and warnings as JSON lines; its debug output is off. */
export const authLogger = {
  error(error: Error) {
    void logAuthError(error);
  },
  warn(code: string) {
    void currentRequestId().then((requestId) => writeLog("warn", { type: "auth", requestId, code }));
  },
  debug() {},
};
