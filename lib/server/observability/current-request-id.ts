import { headers } from "next/headers";
import { requestIdOf } from "./log-error";

/** The current request's id (proxy.ts), or "none" outside a request (a script, a worker thread, a test). */
export async function currentRequestId(): Promise<string> {
  try {
    return requestIdOf(await headers());
  } catch {
    return "none";
  }
}
