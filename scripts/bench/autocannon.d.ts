// The part of autocannon's API that http.ts uses (the package ships no types).
declare module "autocannon" {
  type Histogram = { average: number; total: number; p50: number; p99: number };
  type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    timeout?: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
