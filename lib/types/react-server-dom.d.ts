// The React server renderer Next.js ships, used by the "rsc" Vitest project.
declare module "next/dist/compiled/react-server-dom-webpack/server.node" {
  export function renderToReadableStream(
    model: unknown,
    webpackMap: unknown,
    options?: { onError?: (error: unknown) => void },
  ): ReadableStream<Uint8Array>;
}
