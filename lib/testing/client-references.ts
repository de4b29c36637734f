// For the "rsc" Vitest project: what Next.js's bundler does with a module that
// starts with "use client". On the server such a module is only a reference
// to a component the browser renders, so its exports become stand-ins that
// fail loudly if a test ever renders one on the server.
import { init, parse } from "es-module-lexer";
import type { Plugin } from "vite";

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use client["']/;

export function clientReferences(): Plugin {
  return {
    name: "cbec:client-references",
    enforce: "post",
    async transform(code, id) {
      if (!USE_CLIENT.test(code)) return null;
      await init;
      const [, exports] = parse(code);
      const stand = (name: string) =>
        `() => { throw new Error(${JSON.stringify(`client component ${name} of ${id} rendered on the server`)}); }`;
      const lines = exports.map(({ n }) =>
        n === "default" ? `export default ${stand(n)};` : `export const ${n} = ${stand(n)};`,
      );
      return { code: lines.join("\n"), map: null };
    },
  };
}
