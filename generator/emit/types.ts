/** `types.ts`: every schema definition as a TypeScript type, and the maps that type code by method name. */
import { Project, StructureKind, type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure } from "ts-morph";
import type { Api } from "../model/api.js";
import { TABLE_DEFS, callbackPayloadDef, methodParamsDef, methodResultDef } from "../model/schema-keywords.js";
import type { GeneratedFiles } from "./context.js";
import { paramsTypeName, payloadTypeName, resultTypeName, typeIdentifier } from "./names.js";
import { schemaDefinitionsToTypeScript } from "./schema-to-ts.js";
import { quoteDoc } from "./ts-text.js";

/** The TypeScript name of every schema definition that becomes a type. */
export function typeNamesOf(api: Api): Map<string, string> {
  const names = new Map<string, string>();
  for (const method of api.methods) {
    names.set(methodParamsDef(method.name), paramsTypeName(method));
    names.set(methodResultDef(method.name), resultTypeName(method));
  }
  for (const callback of api.callbacks) names.set(callbackPayloadDef(callback.callbackId), payloadTypeName(callback));
  for (const name of Object.keys(api.schemaDefs)) if (!names.has(name)) names.set(name, typeIdentifier(name));
  return names;
}

export async function emitTypes(api: Api): Promise<GeneratedFiles> {
  const defs = Object.fromEntries(Object.entries(api.schemaDefs).filter(([key]) => !(TABLE_DEFS as readonly string[]).includes(key)));
  const declarations = await schemaDefinitionsToTypeScript(defs, typeNamesOf(api));

  const methodMap: OptionalKind<PropertySignatureStructure>[] = api.methods.map((method) => ({
    name: JSON.stringify(method.name),
    type: `{ params: ${paramsTypeName(method)}; result: ${resultTypeName(method)} }`,
    docs: method.description ? [quoteDoc(method.description)] : [],
  }));
  const callbackMap: OptionalKind<PropertySignatureStructure>[] = api.callbacks.map((callback) => ({
    name: JSON.stringify(callback.callbackId),
    type: payloadTypeName(callback),
    docs: callback.description ? [quoteDoc(callback.description)] : [],
  }));
  const interfaces: InterfaceDeclarationStructure[] = [
    { kind: StructureKind.Interface, name: "CmapiMethods", isExported: true, properties: methodMap, docs: ["Every CMAPI-1 function: its params and its result, by spec name."] },
    { kind: StructureKind.Interface, name: "CmapiCallbacks", isExported: true, properties: callbackMap, docs: ["Every CMAPI-2 callback's payload (the message's result), by callbackId."] },
  ];

  // One in-memory project, one file built from structures: the fast way to use ts-morph.
  const project = new Project({ useInMemoryFileSystem: true, skipFileDependencyResolution: true, skipAddingFilesFromTsConfig: true });
  const file = project.createSourceFile("types.ts", {
    statements: [
      declarations,
      ...interfaces,
      { kind: StructureKind.TypeAlias, name: "CmapiMethodName", isExported: true, type: "keyof CmapiMethods" },
      { kind: StructureKind.TypeAlias, name: "CmapiCallbackId", isExported: true, type: "keyof CmapiCallbacks" },
      { kind: StructureKind.TypeAlias, name: "ParamsOf", isExported: true, typeParameters: ["M extends CmapiMethodName"], type: 'CmapiMethods[M]["params"]' },
      { kind: StructureKind.TypeAlias, name: "ResultOf", isExported: true, typeParameters: ["M extends CmapiMethodName"], type: 'CmapiMethods[M]["result"]' },
      { kind: StructureKind.TypeAlias, name: "PayloadOf", isExported: true, typeParameters: ["C extends CmapiCallbackId"], type: "CmapiCallbacks[C]" },
    ],
  });
  return new Map([["types.ts", file.getFullText()]]);
}
