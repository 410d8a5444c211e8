import { _, str, type KeywordCxt } from "ajv";
import { Ajv2020, type Options, type ValidateFunction } from "ajv/dist/2020.js";
import type { Api } from "./api.js";
import { CMAPI_KEYWORDS, MAX_BYTES_KEYWORD, pointerToken } from "./schema-keywords.js";

/** An ajv for 2020-12 schemas that accepts the x-cmapi annotation keywords, compiles x-cmapi-max-bytes, and reports every error. */
export function newCmapiAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strictTypes: false, ...options });
  for (const keyword of CMAPI_KEYWORDS) ajv.addKeyword(keyword);
  ajv.addKeyword({
    keyword: MAX_BYTES_KEYWORD,
    type: "string",
    schemaType: "number",
    // Generated code, so it runs in the standalone validators too; TextEncoder is global in Node and browsers.
    code(cxt: KeywordCxt) {
      cxt.fail(_`new TextEncoder().encode(${cxt.data}).length > ${cxt.schemaCode}`);
    },
    error: { message: (cxt) => str`must be at most ${cxt.schemaCode} bytes in UTF-8`, params: (cxt) => _`{limit: ${cxt.schemaCode}}` },
  });
  return ajv;
}

/** The id under which the spec's `$defs` are registered with ajv. */
export const SPEC_SCHEMA_ID = "urn:opencmapi:spec";

/**
 * An ajv instance that knows the spec's definitions and the x-cmapi annotation keywords.
 * Compiling every definition here surfaces schema errors that the meta-schema lets through.
 */
export function createSpecAjv(api: Api, options: Options = {}): Ajv2020 {
  const ajv = newCmapiAjv(options);
  ajv.addSchema({ $id: SPEC_SCHEMA_ID, $defs: api.schemaDefs });
  return ajv;
}

/** The `$ref` of a definition from outside the spec document. */
export function definitionRef(name: string): string {
  return `${SPEC_SCHEMA_ID}#/$defs/${pointerToken(name)}`;
}

/** The validator of one `$defs` entry, e.g. "CmapiRequest" or "CMAPI_Network_GetRFInfo.params". */
export function definitionValidator(ajv: Ajv2020, name: string): ValidateFunction {
  const validate = ajv.getSchema(definitionRef(name));
  if (!validate) throw new Error(`no schema definition ${name}`);
  return validate;
}

/** Compiles every definition; throws ajv's error for the first that does not compile. */
export function compileAllDefinitions(api: Api): void {
  const ajv = createSpecAjv(api);
  for (const name of Object.keys(api.schemaDefs)) definitionValidator(ajv, name);
}
