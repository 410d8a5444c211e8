/** `types.ts`: every schema definition as a TypeScript type, and the maps that type code by method name. */
import type { Api } from "../model/api.js";
import { TABLE_DEFS } from "../model/schema-keywords.js";
import { _, blockStatement, doc, indented, key, moduleText, name, statement, type Code, type Statement } from "./code/index.js";
import type { GeneratedFiles } from "./context.js";
import { paramsTypeName, payloadTypeName, resultTypeName, typeNamesOf } from "./names.js";
import { typeDeclarations } from "./schema-to-ts.js";

const typeName = (text: string) => name(text, { type: true });

/** An exported interface of members, each with its doc comment when it has one. */
function mapInterface(about: string, interfaceName: string, members: { doc: string | undefined; code: Code }[]): Statement {
  const lines = members.map((member) => (member.doc ? _`${doc(member.doc)}\n${member.code}` : member.code));
  return blockStatement(_`${doc(about)}\nexport interface ${typeName(interfaceName)} {${indented(lines)}\n}`);
}

export function emitTypes(api: Api): GeneratedFiles {
  const keys = Object.keys(api.schemaDefs).filter((key) => !(TABLE_DEFS as readonly string[]).includes(key));
  const methodMap = api.methods.map((method) => ({
    doc: method.description,
    code: _`${key(method.name)}: { params: ${typeName(paramsTypeName(method))}; result: ${typeName(resultTypeName(method))} };`,
  }));
  const callbackMap = api.callbacks.map((callback) => ({
    doc: callback.description,
    code: _`${key(callback.callbackId)}: ${typeName(payloadTypeName(callback))};`,
  }));
  const file = moduleText([
    ...typeDeclarations(api.schema, keys, typeNamesOf(api)),
    mapInterface("Every CMAPI-1 function: its params and its result, by spec name.", "CmapiMethods", methodMap),
    mapInterface("Every CMAPI-2 callback's payload (the message's result), by callbackId.", "CmapiCallbacks", callbackMap),
    statement(_`export type CmapiMethodName = keyof CmapiMethods;`),
    statement(_`export type CmapiCallbackId = keyof CmapiCallbacks;`),
    statement(_`export type ParamsOf<M extends CmapiMethodName> = CmapiMethods[M]["params"];`),
    statement(_`export type ResultOf<M extends CmapiMethodName> = CmapiMethods[M]["result"];`),
    statement(_`export type PayloadOf<C extends CmapiCallbackId> = CmapiCallbacks[C];`),
  ]);
  return new Map([["types.ts", file]]);
}
