// The one log format (OWASP ASVS 1.7.1): every line the portal writes is one
// JSON object with its level, its UTC time, what kind of line it is, and the
// request's id when there is a request (current-request-id.ts). Errors,
// security events, alerts, mail and Auth.js's own messages all go through here.

export type LogLevel = "info" | "warn" | "error";

/** One log line: level and time first, then the fields as given. */
export function jsonLogLine(level: LogLevel, fields: Record<string, unknown>, now = new Date()): string {
  return JSON.stringify({ level, time: now.toISOString(), ...fields });
}

/** Writes a line to the console method of its level (stdout for info, stderr for warn and error). */
export function writeLog(level: LogLevel, fields: Record<string, unknown>): void {
  console[level](jsonLogLine(level, fields));
}
