/**
 * The checks that keep the WebIDL and the JSON Schema telling the same story. Each returns every
 * problem it finds, so that one run lists them all.
 */
import type { Diagnostic } from "../diagnostics.js";
import { ACCESS_LEVELS, type ErrorCode, type ScrProfile, type TypeRef } from "./api.js";
import { CALLBACK_ATTRIBUTES, INTERFACE_ATTRIBUTES, OPERATION_ATTRIBUTES, type IdlArgument, type IdlDocument, type IdlNamedType, type IdlPlace } from "./idl-reader.js";
import { defPointer, tableRowLocation, type SchemaDocument } from "./schema-reader.js";
import { errorCodeLookup } from "./error-codes.js";
import { declared, describeSchema, typeMismatch } from "./schema-types.js";
import { statesOwnType } from "./schema-normalize.js";
import { propertiesByName, type SchemaNode, type SchemaTree } from "./schema-tree.js";
import { ENVELOPE_DEFS, TABLE_DEFS, callbackPayloadDef, hexCode, methodParamsDef, methodResultDef } from "./schema-keywords.js";

/** `CMAPI_<Group>_<Function>`: the group starts with a letter (it begins identifiers and file names). */
export const METHOD_NAME = /^CMAPI_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9]+)$/;
export const CALLBACK_PREFIX = "CMAPI_Callback_";
export const EMPTY_RESULT = "Empty";

/** Names that every JavaScript object already has: a param or member named so is read as inherited by code that indexes objects with it. */
const INHERITED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export const isCmapiCallback = (name: string) => name.startsWith(CALLBACK_PREFIX);
export const isResultCallback = (arg: IdlArgument | undefined) => arg?.typeName === "ResultCallback";

/** The WebIDL's own rules: names, trailing ResultCallback, [SCR], [Result], [Errors], CallbackId. */
export function checkIdlConventions(idl: IdlDocument, errorCodes: ErrorCode[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (where: IdlPlace, message: string) => problems.push({ message, location: { file: where.file, line: where.line } });
  const types = new Map(idl.types.map((type) => [type.name, type]));
  const rowOf = errorCodeLookup(errorCodes);
  const seenMethods = new Map<string, IdlPlace>();
  const seenSections = new Map<string, string>();
  const seenPrefixes = new Map<string, string>();
  const groupInterfaces = new Map<string, IdlPlace & { name: string }>();

  for (const group of idl.interfaces) {
    if (group.operations.length === 0) continue;
    if (group.extension && group.section !== null) at(group, `interface ${group.name} is an [Extension] and claims SCR section ${group.section}: a vendor's group has no SCR section`);
    else if (group.section === null && !group.extension) {
      at(group, `interface ${group.name} has no [SCR="7.x"] extended attribute naming its SCR section (a vendor's group says [Extension] instead)`);
    } else if (group.section !== null && seenSections.has(group.section)) at(group, `interface ${group.name} claims section ${group.section}, already claimed by ${seenSections.get(group.section)}`);
    else if (group.section !== null) seenSections.set(group.section, group.name);
    const prefixes = new Set<string>();
    for (const name of group.unknownAttributes) at(group, `interface ${group.name}: unknown extended attribute [${name}] (an interface takes ${INTERFACE_ATTRIBUTES.map((known) => `[${known}]`).join(", ")})`);
    for (const operation of group.operations) {
      for (const unknown of operation.unknownAttributes) at(operation, `function ${operation.name}: unknown extended attribute [${unknown}] (a function takes ${OPERATION_ATTRIBUTES.map((known) => `[${known}]`).join(", ")})`);
      checkAccess(operation, `function ${operation.name}`, at);
      const name = METHOD_NAME.exec(operation.name);
      if (!name) at(operation, `function ${operation.name} is not named CMAPI_<Group>_<Function>`);
      else prefixes.add(name[1]!);
      const first = seenMethods.get(operation.name);
      if (first) at(operation, `function ${operation.name} is declared twice (first ${first.file === operation.file ? `on line ${first.line}` : `at ${first.file}:${first.line}`})`);
      seenMethods.set(operation.name, operation);
      const last = operation.args.at(-1);
      if (!isResultCallback(last) || last?.optional) at(operation, `function ${operation.name} must end with the argument \`ResultCallback cb\` (section 5.5.1.2)`);
      for (const arg of operation.args.slice(0, -1)) {
        if (isResultCallback(arg)) at(operation, `function ${operation.name} has ResultCallback ${arg.name} before its last argument`);
      }
      if (operation.result !== null && !types.has(operation.result)) at(operation, `function ${operation.name} has [Result=${operation.result}], but no such type is declared`);
      for (const code of operation.errors) {
        if (rowOf(code) === undefined) at(operation, `function ${operation.name} lists error ${hexCode(code)}, which is not in the error-code table`);
      }
    }
    if (prefixes.size > 1) at(group, `interface ${group.name} mixes the groups ${[...prefixes].join(", ")}: one interface, one CMAPI_<Group>_ prefix`);
    for (const prefix of prefixes) {
      // Group names become file names (groups/<name>.ts), and not every file system tells case apart.
      const other = seenPrefixes.get(prefix.toLowerCase());
      if (other !== undefined && other !== prefix) at(group, `group ${prefix} differs from group ${other} only by case: their files would collide`);
      seenPrefixes.set(prefix.toLowerCase(), prefix);
      // One group, one interface: a second would get the same groups/<name>.ts and docs page, and one would replace the other.
      const owner = groupInterfaces.get(prefix);
      if (owner !== undefined && owner.name !== group.name) {
        at(group, `interface ${group.name} declares functions of group ${prefix}, which interface ${owner.name} (${owner.file}:${owner.line}) has: one group, one interface; add functions to it with \`partial interface ${owner.name}\``);
      } else if (owner === undefined) groupInterfaces.set(prefix, group);
    }
  }

  for (const type of idl.types) {
    if (INHERITED_NAMES.has(type.name)) at(type, `${type.name} is the name of a member every JavaScript object inherits: code that looks it up in an object finds the inherited one; rename it`);
    if (type.kind !== "dictionary") continue;
    for (const member of type.members) {
      if (INHERITED_NAMES.has(member.name)) at(type, `dictionary ${type.name}: member ${member.name} is the name of a member every JavaScript object inherits (validators and type generators read it as inherited); rename it`);
    }
  }
  for (const operation of idl.interfaces.flatMap((group) => group.operations)) {
    for (const arg of operation.args) {
      if (INHERITED_NAMES.has(arg.name)) at(operation, `function ${operation.name}: parameter ${arg.name} is the name of a member every JavaScript object inherits; rename it`);
    }
  }

  const callbacks = idl.callbacks.filter((callback) => isCmapiCallback(callback.name));
  for (const callback of callbacks) {
    for (const unknown of callback.unknownAttributes) at(callback, `callback ${callback.name}: unknown extended attribute [${unknown}] (a callback takes ${CALLBACK_ATTRIBUTES.map((known) => `[${known}]`).join(", ")})`);
    checkAccess(callback, `callback ${callback.name}`, at);
    const [payload, ...rest] = callback.args;
    if (!payload || rest.length > 0 || payload.type.kind !== "ref") at(callback, `callback ${callback.name} must take exactly one argument, its payload type`);
    else if (!types.has(payload.type.name)) at(callback, `callback ${callback.name} takes ${payload.type.name}, which is not declared`);
  }
  const callbackIds = types.get("CallbackId");
  if (callbackIds?.kind === "enum") {
    const declared = new Set(callbacks.map((callback) => callback.name));
    for (const value of callbackIds.values) {
      if (!declared.has(value)) at(callbackIds, `enum CallbackId lists "${value}", but no callback ${value} is declared`);
    }
    for (const callback of callbacks) {
      if (!callbackIds.values.includes(callback.name)) at(callback, `callback ${callback.name} is missing from enum CallbackId`);
    }
  } else if (callbacks.length > 0) {
    at({ file: idl.file, line: 1 }, "the WebIDL declares callbacks but no enum CallbackId listing their ids");
  }
  return problems;
}

function checkAccess(where: IdlPlace & { access: string | null }, what: string, at: (where: IdlPlace, message: string) => void): void {
  if (where.access === null || (ACCESS_LEVELS as readonly string[]).includes(where.access)) return;
  const written = where.access === "" ? "[Access] without a level" : `[Access=${where.access}]`;
  at(where, `${what}: ${written}; the level is one of ${ACCESS_LEVELS.map((level) => `[Access=${level}]`).join(", ")}`);
}

/** Every function, callback and type on one side has its counterpart, with the same shape, on the other. */
/** A schema that is a `$ref` to the definition and nothing else that asserts (annotations beside it are fine). */
const isBareRefTo = (node: SchemaNode, name: string) => node.kind === "ref" && node.name === name;

export function checkAgainstSchema(idl: IdlDocument, schema: SchemaDocument, tree: SchemaTree): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const idlAt = (where: IdlPlace, message: string) => problems.push({ message, location: { file: where.file, line: where.line } });
  const schemaAt = (name: string, message: string) => problems.push({ message, location: { file: schemaFileOf(schema, name), pointer: defPointer(name) } });
  const { defs } = schema;
  const claimed = new Set<string>([...TABLE_DEFS, ENVELOPE_DEFS.request]);

  for (const operation of idl.interfaces.flatMap((group) => group.operations)) {
    const paramsName = methodParamsDef(operation.name);
    const resultName = methodResultDef(operation.name);
    claimed.add(paramsName).add(resultName);
    const params = defs[paramsName];
    if (!params) idlAt(operation, `function ${operation.name} has no params schema: $defs has no "${paramsName}"`);
    else {
      const args = operation.args.filter((arg) => !isResultCallback(arg));
      problems.push(
        ...compareObject(
          args.map((arg) => ({ name: arg.name, type: arg.type, required: !arg.optional, default: arg.default })),
          tree.read(params),
          { what: `parameter`, owner: `function ${operation.name}`, idlFile: operation.file, line: operation.line, pointer: defPointer(paramsName) },
        ),
      );
    }
    const result = defs[resultName];
    const expected = operation.result ?? EMPTY_RESULT;
    if (!result) idlAt(operation, `function ${operation.name} has no result schema: $defs has no "${resultName}"`);
    else if (!isBareRefTo(tree.read(result), expected)) {
      // The validators and the types read a result as a bare `$ref` (the same type inside an allOf is not one).
      const described = describeSchema(tree.read(result));
      const shown = described === `$ref ${expected}` ? JSON.stringify(result).slice(0, 80) : described;
      idlAt(operation, `function ${operation.name}: the WebIDL result is ${expected}${operation.result ? "" : " (no [Result])"}, the schema's ${resultName} is ${shown}`);
    }
  }

  for (const callback of idl.callbacks.filter((item) => isCmapiCallback(item.name))) {
    const payloadName = callbackPayloadDef(callback.name);
    claimed.add(payloadName);
    const payload = defs[payloadName];
    const type = callback.args[0]?.type;
    if (!payload) idlAt(callback, `callback ${callback.name} has no payload schema: $defs has no "${payloadName}"`);
    else {
      const mismatch = type ? typeMismatch(type, tree.read(payload)) : null;
      if (mismatch !== null) idlAt(callback, `callback ${callback.name}: ${mismatch}`);
    }
  }

  for (const type of idl.types) {
    claimed.add(type.name);
    const schemaType = defs[type.name];
    if (!schemaType) idlAt(type, `${kindName(type)} ${type.name} has no schema: $defs has no "${type.name}"`);
    else problems.push(...compareNamedType(type, tree.read(schemaType)));
  }

  // Every message carries the root's x-cmapi-version (the generated code and the mock send it): an envelope that demands another refuses them all.
  const version = schema.root["x-cmapi-version"];
  for (const envelope of [ENVELOPE_DEFS.request, ENVELOPE_DEFS.response, ENVELOPE_DEFS.callback]) {
    const message = tree.definitions.get(envelope);
    const member = message ? propertiesByName(message).get("cmapiversion") : undefined;
    if (typeof version === "string" && member?.kind === "const" && member.value !== version) {
      schemaAt(envelope, `${envelope}'s cmapiversion is ${JSON.stringify(member.value)}, but the schema's x-cmapi-version is ${JSON.stringify(version)}, which every message carries`);
    }
  }

  for (const name of Object.keys(defs)) {
    if (claimed.has(name)) continue;
    const kind = name.endsWith(".params") || name.endsWith(".result") ? "function" : name.endsWith(".payload") ? "callback" : "type";
    const base = name.replace(/\.(params|result|payload)$/, "");
    schemaAt(name, `the schema defines ${name}, but the WebIDL declares no ${kind} ${base}`);
  }
  return problems;
}

function kindName(type: IdlNamedType): string {
  return type.kind === "alias" ? "typedef" : type.kind;
}

/** The schema file that defines a definition (specs may come in several files). */
function schemaFileOf(schema: SchemaDocument, name: string): string {
  return schema.defFiles[name] ?? schema.file;
}

function compareNamedType(type: IdlNamedType, schema: SchemaNode): Diagnostic[] {
  const at = (message: string): Diagnostic => ({ message, location: { file: type.file, line: type.line } });
  switch (type.kind) {
    case "dictionary":
      return compareObject(
        type.members.map((member) => ({ name: member.name, type: member.type, required: member.required, default: member.default })),
        schema,
        { what: "member", owner: `dictionary ${type.name}`, idlFile: type.file, line: type.line, pointer: defPointer(type.name) },
      );
    case "enum": {
      const values = schema.kind === "enum" ? schema.values : undefined;
      if (!values) return [at(`enum ${type.name}: the schema's ${type.name} has no enum list`)];
      const missing = type.values.filter((value) => !values.includes(value));
      const extra = values.filter((value) => !type.values.includes(value as string));
      const problems: Diagnostic[] = [];
      if (missing.length > 0) problems.push(at(`enum ${type.name}: the schema lacks ${missing.map((v) => `"${v}"`).join(", ")}`));
      if (extra.length > 0) problems.push(at(`enum ${type.name}: the schema adds ${extra.map((v) => `"${String(v)}"`).join(", ")}`));
      return problems;
    }
    case "alias": {
      const mismatch = typeMismatch(type.type, schema);
      return mismatch ? [at(`typedef ${type.name}: ${mismatch}`)] : [];
    }
  }
}

interface ObjectContext {
  what: "parameter" | "member";
  owner: string;
  idlFile: string;
  line: number;
  pointer: string;
}

/** An object schema against a list of WebIDL arguments or dictionary members. */
function compareObject(fields: { name: string; type: TypeRef; required: boolean; default?: unknown }[], node: SchemaNode, context: ObjectContext): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (message: string) => problems.push({ message: `${context.owner}: ${message}`, location: { file: context.idlFile, line: context.line } });
  const schema = declared(node);
  // The tree reads `properties` alone as an object's, but without `type: "object"` the schema would let any non-object through.
  if (schema.kind !== "object" || !statesOwnType(schema)) {
    at(`the schema at ${context.pointer} is not an object schema`);
    return problems;
  }
  const properties = new Map(schema.properties.map((property) => [property.name, property]));
  for (const field of fields) {
    const property = properties.get(field.name);
    if (!property) {
      at(`${context.what} ${field.name} is missing from the schema (${context.pointer}/properties)`);
      continue;
    }
    if (field.required !== property.required) {
      at(`${context.what} ${field.name} is ${field.required ? "required" : "optional"} in the WebIDL but ${property.required ? "required" : "optional"} in the schema`);
    }
    const mismatch = typeMismatch(field.type, property.schema);
    if (mismatch) at(`${context.what} ${field.name}: ${mismatch}`);
    const schemaDefault = property.schema.default?.value;
    if (JSON.stringify(field.default) !== JSON.stringify(schemaDefault)) {
      at(`${context.what} ${field.name} defaults to ${JSON.stringify(field.default) ?? "nothing"} in the WebIDL but to ${JSON.stringify(schemaDefault) ?? "nothing"} in the schema`);
    }
  }
  const names = new Set(fields.map((field) => field.name));
  for (const property of schema.properties) {
    if (!names.has(property.name)) at(`the schema has ${context.what} ${property.name}, which the WebIDL does not declare`);
  }
  for (const name of new Set(schema.requiredOnly)) at(`the schema requires ${name} but does not define it`);
  return problems;
}

/** Table 4 and the SCR tables against each other and the groups. */
export function checkTables(errorCodes: ErrorCode[], profiles: ScrProfile[], sections: Set<string>, schema: SchemaDocument): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (row: { file: string; pointer: string }, message: string) => problems.push({ message, location: row });
  const seen = new Map<number, number>();
  const names = new Map<string, ErrorCode>();
  errorCodes.forEach((row, index) => {
    const sameName = names.get(row.name);
    if (sameName && sameName.code !== row.code) {
      at(tableRowLocation(schema, "ErrorCode", index), `x-cmapi-name ${row.name} is already the name of ${sameName.hex}`);
    }
    names.set(row.name, row);
    const first = seen.get(row.code);
    if (first !== undefined) {
      // A code listed twice is one row written twice (Table 4's 0x00000140): lookups by code, and so every answer, use the first.
      const earlier = errorCodes[first]!;
      const differs = [earlier.name !== row.name ? "name" : "", earlier.message !== row.message ? "message" : ""].filter(Boolean);
      const where = tableRowLocation(schema, "ErrorCode", first);
      if (differs.length > 0) {
        at(
          tableRowLocation(schema, "ErrorCode", index),
          `error code ${row.hex} is listed twice with another ${differs.join(" and ")} (${row.name}: ${JSON.stringify(row.message)}; first as ${earlier.name}: ${JSON.stringify(earlier.message)}, at ${where.file} ${where.pointer}): a server would always answer with the first; give each code one entry, or a new code to the new meaning`,
        );
      } else if (row.duplicate === undefined) {
        at(tableRowLocation(schema, "ErrorCode", index), `error code ${row.hex} is listed twice (also entry ${first}) and the second entry has no x-cmapi-duplicate note saying why`);
      }
    }
    if (first === undefined) seen.set(row.code, index);
  });
  profiles.forEach((profile, index) => {
    for (const requirement of profile.requirements) {
      if (!sections.has(requirement.section)) {
        at(tableRowLocation(schema, "DeviceClass", index), `${requirement.item} (${profile.title}) refers to section ${requirement.section}, which no WebIDL interface claims with [SCR]`);
      }
    }
  });
  return problems;
}
