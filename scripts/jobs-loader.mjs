// `npm run jobs` loads the server modules outside Next.js, as Vitest does
// (vitest.config.ts): "server-only" resolves to an empty module. The
// react-server condition (which also empties it) would give next-intl's
// React build a React without hooks.
import { register } from "node:module";

register("./jobs-hooks.mjs", import.meta.url);
