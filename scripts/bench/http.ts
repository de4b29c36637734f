// Request latency of the main public pages against a running portal (start
// it with `npm start` first). Bounded: a fixed number of requests, loopback
// only by default. Skipped, with a note, when no portal answers.
const base = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
const paths = ["/api/health", "/", "/login"];

async function measure(path: string) {
  const times: number[] = [];
  let next = 0;
  let failures = 0;
  async function worker() {
    while (next < requests) {
      next++;
      const t0 = performance.now();
      const res = await fetch(base + path, { signal: AbortSignal.timeout(30_000) }).catch(() => null);
      if (!res || !res.ok) failures++;
      await res?.arrayBuffer();
      times.push(performance.now() - t0);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  return {
    path,
    requests: times.length,
    failures,
    rps: (times.length / elapsed).toFixed(1),
    p50: p(0.5),
    p95: p(0.95),
    max: p(1),
  };
}

export default async function benchHttp() {
  try {
    await fetch(base + "/api/health", { signal: AbortSignal.timeout(5_000) });
  } catch {
    console.log(`HTTP: skipped; no portal answers at ${base}. Start it with \`npm start\` (or set BENCH_URL).`);
    return;
  }
  const rows = [];
  for (const path of paths) rows.push(await measure(path));
  console.log("HTTP latency (ms)");
  console.table(rows);
}
