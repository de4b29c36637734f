// The entry of an import worker thread (lib/server/imports/runner.ts). Plain
// JavaScript outside the Next.js bundle, so the same file starts under
// `next dev`, `next start`, Vitest and tsx: it loads the TypeScript sources
// through tsx (a runtime dependency), with the project's path aliases.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
