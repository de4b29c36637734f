import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  ...nextVitals,
  ...nextTs,
  prettier,
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
