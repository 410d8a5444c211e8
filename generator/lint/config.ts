/**
 * Which rules run: the `lint` member of opencmapi-gen.config.json, as buf's lint config:
 * `{ "use": ["STANDARD", "COMMENTS"], "except": ["NUMERIC_UNIT"] }`. `use` and `except` take
 * categories and rule ids; without a `lint` member every rule runs (STANDARD and COMMENTS).
 */
import { SpecError, type Diagnostic } from "../diagnostics.js";
import { CATEGORIES, LINT_RULES, RULE_IDS, type Category } from "./rules.js";

export interface LintConfig {
  use: string[];
  except: string[];
}

export const DEFAULT_LINT_CONFIG: LintConfig = { use: ["STANDARD", "COMMENTS"], except: [] };

const isCategory = (name: string): name is Category => (CATEGORIES as readonly string[]).includes(name);

/** The `lint` member of a config file; problems are usage errors (exit 2) located in the file. */
export function parseLintConfig(value: unknown, file: string): LintConfig {
  if (value === undefined) return DEFAULT_LINT_CONFIG;
  const problems: Diagnostic[] = [];
  const at = (pointer: string, message: string) => problems.push({ message, location: { file, pointer } });
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new SpecError([{ message: 'lint must be an object such as { "use": ["STANDARD"], "except": ["NUMERIC_UNIT"] }', location: { file, pointer: "/lint" } }], 2);
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) if (key !== "use" && key !== "except") at(`/lint/${key}`, `unknown lint option "${key}" (known: use, except)`);
  const names = (key: "use" | "except"): string[] => {
    const list = config[key];
    if (list === undefined) return key === "use" ? DEFAULT_LINT_CONFIG.use : [];
    if (!Array.isArray(list) || !list.every((item) => typeof item === "string")) {
      at(`/lint/${key}`, `lint.${key} must be a list of categories (${CATEGORIES.join(", ")}) and rule ids`);
      return [];
    }
    list.forEach((name, index) => {
      if (!isCategory(name) && !RULE_IDS.has(name)) at(`/lint/${key}/${index}`, `"${name}" is neither a lint category (${CATEGORIES.join(", ")}) nor a rule id (opencmapi-gen lint --list-rules lists them)`);
    });
    return list;
  };
  const parsed = { use: names("use"), except: names("except") };
  if (problems.length > 0) throw new SpecError(problems, 2);
  return parsed;
}

/** The ids of the rules a config switches on, in the registry's order. */
export function enabledRules(config: LintConfig): string[] {
  const selects = (names: readonly string[], rule: (typeof LINT_RULES)[number]) => names.some((name) => name === rule.id || (isCategory(name) && rule.categories.includes(name)));
  return LINT_RULES.filter((rule) => selects(config.use, rule) && !selects(config.except, rule)).map((rule) => rule.id);
}
