/**
 * The lint rules: ids, categories and what each checks. Categories nest as buf's do: MINIMAL is in
 * BASIC, BASIC in STANDARD; COMMENTS stands apart. `opencmapi-gen lint --list-rules` prints this table.
 */
import type { Api } from "../model/api.js";
import { accessDeclarations } from "./access.js";
import { boundsMatchSchema } from "./bounds.js";
import { callbackDescriptions, enumDescriptions, enumValueDescriptions, functionDescriptions, memberDescriptions, paramDescriptions } from "./descriptions.js";
import { successCodesInErrors, unlistedErrorCodes } from "./error-lists.js";
import type { RuleFinding } from "./finding.js";
import { listCounts } from "./list-counts.js";
import { enumValueStyles, functionNames, memberNames, paramNames, typeNames } from "./naming.js";
import { secretsInResults } from "./secrets.js";
import { numericUnits } from "./units.js";
import { unusedDefinitions } from "./unused.js";

export const CATEGORIES = ["MINIMAL", "BASIC", "STANDARD", "COMMENTS"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LintRule {
  id: string;
  categories: readonly Category[];
  description: string;
  /** Undefined for the rule the runner applies itself (IGNORE_KNOWN_RULE). */
  check?: (api: Api) => RuleFinding[];
}

const MINIMAL: readonly Category[] = ["MINIMAL", "BASIC", "STANDARD"];
const BASIC: readonly Category[] = ["BASIC", "STANDARD"];
const STANDARD: readonly Category[] = ["STANDARD"];
const COMMENTS: readonly Category[] = ["COMMENTS"];

export const LINT_RULES: readonly LintRule[] = [
  { id: "FUNCTION_NAME_CONVENTION", categories: MINIMAL, description: "functions and callbacks are named CMAPI_<Group>_<Function>, the <Function> part PascalCase", check: functionNames },
  { id: "ERRORS_NO_SUCCESS_CODE", categories: MINIMAL, description: "no [Errors] list names a Table 4 code that reports success (x-cmapi-success)", check: successCodesInErrors },
  { id: "RESULT_NO_SECRET", categories: MINIMAL, description: "no result or callback payload carries a secret (a writeOnly member, or one named password, passphrase, psk, secret, key, pin, puk)", check: secretsInResults },
  { id: "ACCESS_DECLARED", categories: MINIMAL, description: "every function and callback declares the access level it needs ([Access=user|administrator|operator]); without it the device asks for administrator", check: accessDeclarations },
  { id: "IGNORE_KNOWN_RULE", categories: MINIMAL, description: "every ignore comment and x-cmapi-lint-ignore names a rule that exists" },
  { id: "PARAM_LOWER_CAMEL_CASE", categories: BASIC, description: "parameters are lowerCamelCase (a leading acronym may stay in capitals)", check: paramNames },
  { id: "MEMBER_LOWER_CAMEL_CASE", categories: BASIC, description: "dictionary members are lowerCamelCase (a leading acronym may stay in capitals: RFInfoList)", check: memberNames },
  { id: "TYPE_PASCAL_CASE", categories: BASIC, description: "dictionaries, enums and typedefs are PascalCase", check: typeNames },
  { id: "ENUM_VALUE_STYLE_CONSISTENT", categories: BASIC, description: "the values of one enum share one style (UPPER_SNAKE_CASE, lower_snake_case, lowerCamelCase, PascalCase or kebab-case)", check: enumValueStyles },
  { id: "LIST_COUNT_PAIRED", categories: BASIC, description: "a <x>List sequence has its <x>ListElements count and the reverse; result types count lists no other way", check: listCounts },
  { id: "NUMERIC_UNIT", categories: STANDARD, description: "a number whose name says it is a quantity (rssi, timeout, rate, size, frequency, latitude, ...) names its unit in its description", check: numericUnits },
  {
    id: "DESCRIPTION_BOUNDS_MATCH_SCHEMA",
    categories: STANDARD,
    description:
      'the range or length a description states (its first range or limit standing as its own clause: "in dBm (-156..-44)", "0-255", "at most 63 characters") is the schema\'s minimum/maximum (minLength/maxLength); later ones are commentary',
    check: boundsMatchSchema,
  },
  { id: "DEFINITION_USED", categories: STANDARD, description: "every schema definition and WebIDL type is used by a function, a callback, an envelope, a table or another used definition", check: unusedDefinitions },
  { id: "ERROR_CODE_LISTED", categories: STANDARD, description: "every Table 4 code is in some function's [Errors] (general, security, reserved, success and JSON-RPC codes excepted)", check: unlistedErrorCodes },
  { id: "DESCRIPTION_FUNCTION", categories: COMMENTS, description: "every function has a description that says more than its name", check: functionDescriptions },
  { id: "DESCRIPTION_PARAM", categories: COMMENTS, description: "every parameter has a description that says more than its name", check: paramDescriptions },
  { id: "DESCRIPTION_MEMBER", categories: COMMENTS, description: "every dictionary member (result and callback payload fields included) has a description that says more than its name", check: memberDescriptions },
  { id: "DESCRIPTION_ENUM", categories: COMMENTS, description: "every enum has a description that says more than its name", check: enumDescriptions },
  { id: "DESCRIPTION_ENUM_VALUE", categories: COMMENTS, description: "every enum value has a description (a callback id's is its callback's)", check: enumValueDescriptions },
  { id: "DESCRIPTION_CALLBACK", categories: COMMENTS, description: "every callback has a description that says more than its name", check: callbackDescriptions },
];

export const RULE_IDS: ReadonlySet<string> = new Set(LINT_RULES.map((rule) => rule.id));

/** The rules' table as `--list-rules` prints it. */
export function formatRules(): string {
  const width = Math.max(...LINT_RULES.map((rule) => rule.id.length));
  const categoryWidth = Math.max(...LINT_RULES.map((rule) => rule.categories.join(",").length));
  return LINT_RULES.map((rule) => `${rule.id.padEnd(width)}  ${rule.categories.join(",").padEnd(categoryWidth)}  ${rule.description}\n`).join("");
}
