/**
 * Checks a schema document against its meta-schema as ajv's `validateSchema` does on newCmapiAjv(),
 * with validators compiled ahead of time (meta-schema-validator.ts): loading ajv and compiling the
 * 2020-12 meta-schema took about a fifth of a cold `generate`, on the path every other stage waits for.
 * `$schema` names the meta-schema (the 2020-12 one when absent), by any key ajv knows it by; like
 * ajv, an unknown one is an internal error, not a finding. (ajv would also resolve a `$schema`
 * pointing inside a meta-schema, `…/schema#/$defs/x`; no spec does that, and here it is unknown.)
 */
import { META_SCHEMAS } from "./meta-schema-validator.js";

export interface MetaSchemaError {
  instancePath: string;
  message?: string;
}

type MetaSchemaValidator = ((data: unknown) => boolean) & { errors?: MetaSchemaError[] | null };

const VALIDATORS = META_SCHEMAS as unknown as Record<string, MetaSchemaValidator>;
const DEFAULT_META = "https://json-schema.org/draft/2020-12/schema";

/** The meta-schema's errors for this schema, or null when it is valid. */
export function metaSchemaErrors(schema: Record<string, unknown>): MetaSchemaError[] | null {
  const $schema = schema["$schema"] ?? DEFAULT_META;
  if (typeof $schema !== "string") throw new Error("$schema must be a string");
  // ajv's normalizeId: a trailing "#" or "#/" names the same schema.
  const validate = VALIDATORS[$schema.replace(/#\/?$/, "")];
  if (!validate) throw new Error(`no schema with key or ref "${$schema}"`);
  return validate(schema) ? null : (validate.errors ?? []);
}
