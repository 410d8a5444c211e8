/**
 * `openrpc.json`: the API as an OpenRPC 1.x document, so that OpenRPC tools (docs, playgrounds,
 * client generators) can read it. Functions become methods with by-name params, their Table 4
 * codes become errors, named types become components. OpenRPC has no server-sent notifications,
 * so the CMAPI-2 callbacks are listed under the extension `x-cmapi-callbacks`, and the extra
 * envelope member (`cmapiversion`) is stated in `x-cmapi-envelope`.
 */
import type { Api, ErrorCode, JsonSchema } from "../model/api.js";
import { TABLE_DEFS, ENVELOPE_DEFS, MAX_BYTES_KEYWORD } from "../model/schema-keywords.js";
import type { GeneratedFiles } from "./context.js";
import { errorCodeLookup } from "../model/error-codes.js";
import { mapSchema } from "../model/schema-walk.js";
import { propertiesByName } from "../model/schema-tree.js";

export const OPENRPC_VERSION = "1.2.6";

const COMPONENT_PREFIX = "#/components/schemas/";

/**
 * The schema with its `$ref`s pointing into components, and without the x-cmapi annotations (the
 * byte limit, a constraint, stays: a validator that does not know it ignores it). The walk
 * is schema-walk's, which knows which keywords hold schemas: a property named `$ref` or `x-cmapi-name`
 * is a property, kept, and data (a `default`, an `enum`) is left as written.
 */
function toComponentSchema(schema: JsonSchema): unknown {
  return mapSchema(schema, (node) =>
    Object.fromEntries(
      Object.entries(node)
        .filter(([keyword]) => keyword === MAX_BYTES_KEYWORD || !keyword.startsWith("x-cmapi-"))
        .map(([keyword, value]) => (keyword === "$ref" && typeof value === "string" ? [keyword, value.replace(/^#\/\$defs\//, COMPONENT_PREFIX)] : [keyword, value])),
    ),
  );
}

function errorObject(row: ErrorCode): { code: number; message: string } {
  return { code: row.code, message: row.message };
}

export function openRpcDocument(api: Api): Record<string, unknown> {
  const byCode = errorCodeLookup(api.errorCodes);
  const excluded = new Set<string>([...TABLE_DEFS, ...Object.values(ENVELOPE_DEFS)]);
  const tree = api.schema;
  const schemas = Object.fromEntries(api.types.filter((type) => !excluded.has(type.name)).map((type) => [type.name, toComponentSchema(tree.definition(type.name).raw)]));
  const groupOf = new Map(api.groups.map((group) => [group.name, group]));
  return {
    openrpc: OPENRPC_VERSION,
    info: {
      title: api.title.replace(/ messages$/, ""),
      version: api.cmapiVersion,
      description: "The OMA Open Connection Manager Web API over JSON-RPC 2.0. Every request and response also carries cmapiversion (see x-cmapi-envelope).",
    },
    servers: [
      { name: "cmapi.device over WebSocket", url: "ws://cmapi.device/cmapi" },
      { name: "cmapi.device over HTTP", url: "http://cmapi.device/cmapi" },
    ],
    methods: api.methods.map((method) => {
      const group = groupOf.get(method.group)!;
      const paramSchemas = propertiesByName(tree.read(method.paramsSchema));
      return {
        name: method.name,
        summary: method.description || method.name,
        tags: [{ name: group.title, description: group.extension ? "a vendor extension, in no SCR table" : `SCR section ${group.section}` }],
        paramStructure: "by-name",
        params: method.params.map((param) => ({
          name: param.name,
          required: !param.optional,
          ...(param.description ? { description: param.description } : {}),
          schema: toComponentSchema(paramSchemas.get(param.name)?.raw ?? {}),
        })),
        result: { name: method.result ?? "Empty", schema: toComponentSchema(tree.read(method.resultSchema).raw) },
        errors: method.errors.flatMap((code) => byCode(code) ?? []).map(errorObject),
        "x-cmapi-access": method.access,
      };
    }),
    components: { schemas },
    "x-cmapi-envelope": { cmapiversion: api.cmapiVersion, description: "Requests, responses and callback messages carry cmapiversion besides the JSON-RPC members (Tables 1-3)." },
    "x-cmapi-callbacks": api.callbacks.map((callback) => ({
      callbackId: callback.callbackId,
      summary: callback.description,
      "x-cmapi-access": callback.access,
      payload: { $ref: `${COMPONENT_PREFIX}${callback.payload}` },
    })),
  };
}

export function emitOpenRpc(api: Api): GeneratedFiles {
  return new Map([["openrpc.json", `${JSON.stringify(openRpcDocument(api), null, 2)}\n`]]);
}
