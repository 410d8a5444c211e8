/** Joins the WebIDL and the JSON Schema into the model, after checking that they agree. */
import { SpecError, type Diagnostic, type SourceLocation } from "../diagnostics.js";
import { nameProblems, type SpecNames } from "../emit/names.js";
import { DEFAULT_ACCESS, type AccessLevel, type Api, type Callback, type Group, type Method, type NamedType, type ScrProfile } from "./api.js";
import { describeDefinitions } from "./descriptions.js";
import { checkAgainstSchema, checkIdlConventions, checkTables, isCmapiCallback, isResultCallback, METHOD_NAME } from "./cross-check.js";
import type { IdlDocument } from "./idl-reader.js";
import { attachIdlSources } from "./idl-source.js";
import { defPointer, readErrorCodes, readProfiles, readStatusWords, type SchemaDocument } from "./schema-reader.js";
import { documentSources } from "./schema-source.js";
import { attachSchemaTree, schemaTree, type SchemaNode } from "./schema-tree.js";
import { ENVELOPE_DEFS, callbackPayloadDef, methodParamsDef, methodResultDef } from "./schema-keywords.js";

/**
 * Builds the model. `problems` may already hold what reading the schema document found; every
 * problem, theirs and the cross-checks', is thrown together as one SpecError.
 */
export function buildApi(idl: IdlDocument, schema: SchemaDocument, problems: Diagnostic[] = []): Api {
  const errorCodes = readErrorCodes(schema, problems);
  const statusWords = readStatusWords(schema, problems);
  const profiles = readProfiles(schema, problems);
  problems.push(...checkIdlConventions(idl, errorCodes));
  // The descriptions first, so that the one schema tree, read here, serves the cross-check and every emitter.
  const describing: Diagnostic[] = [];
  const defs = describeDefinitions(idl, schema, describing);
  const tree = schemaTree(defs, documentSources(schema));
  problems.push(...checkAgainstSchema(idl, schema, tree));
  const sections = new Set(idl.interfaces.flatMap((group) => (group.section ? [group.section] : [])));
  problems.push(...checkTables(errorCodes, profiles, sections, schema));
  problems.push(...describing);
  problems.push(...nameProblems(specNames(idl, schema)));
  if (problems.length > 0) throw new SpecError(problems);

  const groups: Group[] = [];
  const methods: Method[] = [];
  for (const group of idl.interfaces) {
    if (group.operations.length === 0) continue;
    const name = METHOD_NAME.exec(group.operations[0]!.name)![1]!;
    groups.push({
      name,
      interfaceName: group.name,
      section: group.section ?? "",
      extension: group.extension,
      title: (group.section !== null ? groupTitle(profiles, group.section) : undefined) ?? name,
      description: group.description,
      methods: group.operations.map((operation) => operation.name),
    });
    for (const operation of group.operations) {
      methods.push({
        name: operation.name,
        group: name,
        functionName: METHOD_NAME.exec(operation.name)![2]!,
        description: operation.description,
        params: operation.args
          .filter((arg) => !isResultCallback(arg))
          .map((arg) => {
            const schemaProperty = ownProperties(tree.definition(methodParamsDef(operation.name))).get(arg.name);
            return {
              name: arg.name,
              type: arg.type,
              optional: arg.optional,
              ...(arg.default !== undefined ? { default: arg.default } : {}),
              description: schemaProperty?.description ?? "",
            };
          }),
        result: operation.result,
        paramsSchema: defs[methodParamsDef(operation.name)]!,
        resultSchema: defs[methodResultDef(operation.name)]!,
        errors: operation.errors,
        exclusive: operation.exclusive,
        interim: operation.interim,
        ...accessOf(operation.access),
      });
    }
  }

  const callbacks: Callback[] = idl.callbacks
    .filter((callback) => isCmapiCallback(callback.name))
    .map((callback) => {
      const payload = callback.args[0]!.type;
      return {
        callbackId: callback.name,
        description: callback.description,
        payload: payload.kind === "ref" ? payload.name : "",
        payloadSchema: defs[callbackPayloadDef(callback.name)]!,
        ...accessOf(callback.access),
      };
    });

  const types: NamedType[] = idl.types.map((type) => {
    const { line: _line, file: _file, ...rest } = type;
    if (rest.kind === "dictionary") {
      const { partial: _partial, ...dictionary } = rest;
      const node = tree.definition(type.name);
      const properties = ownProperties(node);
      // A vendor may describe a member in its schema only.
      const members = dictionary.members.map((member) => ({ ...member, description: member.description || (properties.get(member.name)?.description ?? "") }));
      return { ...dictionary, description: dictionary.description || node.description, members, schema: defs[type.name]! };
    }
    return { ...rest, schema: defs[type.name]! };
  });

  const api = {
    title: typeof schema.root["title"] === "string" ? schema.root["title"] : "OpenCMAPI",
    cmapiVersion: typeof schema.root["x-cmapi-version"] === "string" ? schema.root["x-cmapi-version"] : "1.1",
    groups,
    methods,
    callbacks,
    types,
    envelopes: {
      request: defs[ENVELOPE_DEFS.request] ?? {},
      response: defs[ENVELOPE_DEFS.response] ?? {},
      callback: defs[ENVELOPE_DEFS.callback] ?? {},
      error: defs[ENVELOPE_DEFS.error] ?? {},
    },
    errorCodes,
    statusWords,
    profiles,
    schemaDefs: defs,
  };
  return attachIdlSources(attachSchemaTree(api, tree), idl.sources);
}

/**
 * The names generated code turns into identifiers, each where it is written: a definition at its
 * WebIDL definition (a params or result definition at its function, a payload at its callback),
 * else in the schema file that defines it.
 */
function specNames(idl: IdlDocument, schema: SchemaDocument): SpecNames {
  const places = new Map<string, SourceLocation>();
  const methods: SpecNames["methods"][number][] = [];
  for (const operation of idl.interfaces.flatMap((group) => group.operations)) {
    const name = METHOD_NAME.exec(operation.name);
    const at = { file: operation.file, line: operation.line };
    places.set(methodParamsDef(operation.name), at).set(methodResultDef(operation.name), at);
    if (name) methods.push({ name: operation.name, group: name[1]!, functionName: name[2]!, at });
  }
  const callbacks = idl.callbacks.filter((callback) => isCmapiCallback(callback.name)).map((callback) => ({ callbackId: callback.name, at: { file: callback.file, line: callback.line } }));
  for (const callback of callbacks) places.set(callbackPayloadDef(callback.callbackId), callback.at);
  const named = new Set<string>();
  for (const type of idl.types) {
    named.add(type.name);
    if (!places.has(type.name)) places.set(type.name, { file: type.file, line: type.line });
  }
  const definitions = Object.keys(schema.defs).map((name) => ({ name, at: places.get(name) ?? { file: schema.defFiles[name] ?? schema.file, pointer: defPointer(name) }, documented: named.has(name) }));
  return { methods, callbacks, definitions };
}

/** The cross-check has refused any value that is not a level, so one that is here is one. */
function accessOf(written: string | null): { access: AccessLevel; accessDeclared: boolean } {
  return written === null ? { access: DEFAULT_ACCESS, accessDeclared: false } : { access: written as AccessLevel, accessDeclared: true };
}

/** The properties a definition writes itself (not those of an `allOf` part or a referenced definition), by name. */
function ownProperties(node: SchemaNode): Map<string, SchemaNode> {
  const own = [node, ...(node.kind === "intersection" ? node.of : [])].find((part) => part.kind === "object" && part.raw === node.raw);
  return new Map(own?.kind === "object" ? own.properties.map((property) => [property.name, property.schema]) : []);
}

/** "Support WLAN APIs" in the SCR tables becomes "WLAN APIs". */
function groupTitle(profiles: ScrProfile[], section: string): string | undefined {
  const row = profiles.flatMap((profile) => profile.requirements).find((requirement) => requirement.section === section);
  return row?.function.replace(/^Support\s+/, "").trim();
}
