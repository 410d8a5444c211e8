// ESLint for the project's own source (generator/, templates/, test/, bench/, bin/, configs); `npm run lint` also runs prettier --check.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["generated/", "dist/", "node_modules/", "test/fixtures/", "test-results/", "coverage/", "scratch/", "generator/model/meta-schema-validator.ts", "generator/config-validator.ts"] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ["vitest.config.ts"] }, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `{ key: _key, ...rest }` and `_` are how this code drops a property or a parameter on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // `any` is written out only at typed-wrapper and dynamic-import boundaries; tsc strict already rejects implicit any.
      "@typescript-eslint/no-explicit-any": "off",
      // `async` marks functions that must return a promise by contract (transport.close, emitters, timed callbacks) even without an await.
      "@typescript-eslint/require-await": "off",
      // Flags ws's RawData (a Buffer with the default binaryType) and unknown JSON scalars, which are stringified on purpose.
      "@typescript-eslint/no-base-to-string": "off",
      // Interfaces declare callbacks in method syntax (CliOutput.out, socket.exchange) while the values are arrow functions.
      "@typescript-eslint/unbound-method": "off",
      // Regexes here match indented source text, where literal spaces read better than ` {2}`.
      "no-regex-spaces": "off",
      // A `let` read by a closure before its one assignment (startMock's server) cannot be const.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      // `node as WithTokens` and `as never` mark webidl2's loosely typed nodes on purpose, even where the receiver would accept them.
      "@typescript-eslint/no-unnecessary-type-assertion": ["error", { typesToIgnore: ["WithTokens", "never"] }],
    },
  },
  {
    // These walk untyped JSON (schemas, messages, dynamically imported generated modules): Array.isArray, JSON.parse and import() give `any`.
    files: ["generator/**", "test/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // The runtime is copied into users' projects, whose TypeScript may predate 5.4's narrowing in closures: keep its assertions.
    files: ["templates/runtime/**"],
    rules: { "@typescript-eslint/no-unnecessary-type-assertion": "off" },
  },
  {
    // DOM event listeners may be async: the page has no caller to hand the promise to.
    files: ["templates/playground/**"],
    rules: { "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }] },
  },
  {
    files: ["**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The docs page's script runs in the browser as a classic script, inlined into the generated page.
    files: ["templates/docs/*.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
);
