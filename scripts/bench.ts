// `npm run bench`: every benchmark in scripts/bench/, one after another, or
// only those named (`npm run bench -- skus`). Benchmarks measure; they never
// fail because the machine is slow.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench");
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
  .filter((f) => !only.length || only.includes(f.replace(/\.ts$/, "")))
  .sort();
for (const file of files) {
  console.log(`\n=== bench: ${file.replace(/\.ts$/, "")}`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
process.exit(0);
