import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Layers point down: app/ uses components/ and lib/; components/ uses lib/;
// lib/ uses neither. Scripts are entry points, never imported.
const layer = (folder, message) => ({ regex: `^(@/|(\\.\\./)+)${folder}(/|$)`, message });
const fromApp = layer(
  "app",
  "Only app/ may import from app/. Give a form component its server action as a prop from its page, and move shared types into lib/.",
);
const fromComponents = layer(
  "components",
  "lib/ is the bottom layer and may not import from components/. Move the shared type or helper into lib/.",
);
const fromScripts = layer(
  "scripts",
  "scripts/ holds entry points; move what they share into lib/ and import it from there.",
);
// import() too: a dynamic import of a route module is the same upward dependency.
const restrict = (...patterns) => ({
  "no-restricted-imports": ["error", { patterns }],
  "no-restricted-syntax": [
    "error",
    ...patterns.map(({ regex, message }) => ({
      selector: `ImportExpression[source.value=/${regex.replaceAll("/", "\\/")}/]`,
      message,
    })),
  ],
});

const config = [
  ...nextVitals,
  ...nextTs,
  prettier,
  { files: ["app/**", "e2e/**", "prisma/**"], rules: restrict(fromScripts) },
  { files: ["components/**"], rules: restrict(fromApp, fromScripts) },
  { files: ["lib/**"], rules: restrict(fromApp, fromComponents, fromScripts) },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".tmp/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "data/**",
    ],
  },
];

export default config;
