/** `types.ts`: every schema definition as a TypeScript type, and the maps that type code by method name. */
import type { Api } from "../model/api.js";
import { TABLE_DEFS } from "../model/schema-keywords.js";
import type { GeneratedFiles } from "./context.js";
import { paramsTypeName, payloadTypeName, resultTypeName, typeNamesOf } from "./names.js";
import { memberName, schemaDefinitionsToTypeScript } from "./schema-to-ts.js";
import { INDENT, jsDocs, quoteDoc, statements } from "./ts-text.js";

/** An exported interface of documented properties. */
function mapInterface(doc: string, name: string, properties: { doc: string | undefined; text: string }[]): { block: true; text: string } {
  const members = properties.map((property) => `${property.doc !== undefined ? jsDocs([property.doc], INDENT) : ""}${INDENT}${property.text}`);
  return { block: true, text: `${jsDocs([doc])}export interface ${name} ${members.length === 0 ? "{\n}" : `{\n${members.join("\n")}\n}`}` };
}

export function emitTypes(api: Api): GeneratedFiles {
  const keys = Object.keys(api.schemaDefs).filter((key) => !(TABLE_DEFS as readonly string[]).includes(key));
  const declarations = schemaDefinitionsToTypeScript(api.schema, keys, typeNamesOf(api));
  const methodMap = api.methods.map((method) => ({
    doc: method.description ? quoteDoc(method.description) : undefined,
    text: `${memberName(method.name)}: { params: ${paramsTypeName(method)}; result: ${resultTypeName(method)} };`,
  }));
  const callbackMap = api.callbacks.map((callback) => ({
    doc: callback.description ? quoteDoc(callback.description) : undefined,
    text: `${memberName(callback.callbackId)}: ${payloadTypeName(callback)};`,
  }));
  const file = statements([
    { text: declarations },
    mapInterface("Every CMAPI-1 function: its params and its result, by spec name.", "CmapiMethods", methodMap),
    mapInterface("Every CMAPI-2 callback's payload (the message's result), by callbackId.", "CmapiCallbacks", callbackMap),
    { text: "export type CmapiMethodName = keyof CmapiMethods;" },
    { text: "export type CmapiCallbackId = keyof CmapiCallbacks;" },
    { text: 'export type ParamsOf<M extends CmapiMethodName> = CmapiMethods[M]["params"];' },
    { text: 'export type ResultOf<M extends CmapiMethodName> = CmapiMethods[M]["result"];' },
    { text: "export type PayloadOf<C extends CmapiCallbackId> = CmapiCallbacks[C];" },
  ]);
  return new Map([["types.ts", file]]);
}
