// Lint: typescript-eslint's type-checked strict rules over everything TypeScript in the repository.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

// defineConfig: ESLint's own helper (typescript-eslint deprecates its `tseslint.config` for it).
export default defineConfig(
  {
    ignores: [
      "dist/",
      "coverage/",
      "reports/",
      "docs/api/",
      ".stryker-tmp/",
      "node_modules/",
      "test/package/consumer/",
      "scratch/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The library (src/ but src/cli) is typed as it is built, without Node's types (tsconfig.json); every
        // other .ts file (src/cli, tests, scripts, bench, examples, root configs) by tsconfig.eslint.json.
        project: ["./tsconfig.json", "./tsconfig.eslint.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // A number in a template literal prints as String(n) does: well defined, and what the messages here mean.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `const { a: _a, ...rest } = x` leaves a key out of a copy; a `_`-named parameter is kept for the signature.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      // Tests index fixtures and tables they wrote themselves; a wrong `!` fails the test, which is the point.
      "@typescript-eslint/no-non-null-assertion": "off",
      // The library takes `unknown` input and JSON: tests build, parse and corrupt such data as `any` on purpose.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Tests search output for raw control characters: their patterns must name them.
      "no-control-regex": "off",
    },
  },
  // JavaScript (this file, .ci/summary.mjs) is in no tsconfig: linted without types, as Node ES modules.
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
  },
  // The browser example's modules (typed by tsc through tsconfig.browser.json): the page's globals.
  {
    files: ["examples/classify-app/*.js"],
    languageOptions: {
      globals: {
        document: "readonly",
        HTMLDivElement: "readonly",
        HTMLElement: "readonly",
        HTMLFormElement: "readonly",
        HTMLInputElement: "readonly",
        HTMLOListElement: "readonly",
        HTMLPreElement: "readonly",
        HTMLUListElement: "readonly",
      },
    },
  },
);
