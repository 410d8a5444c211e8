/**
 * Descriptions are written once, in the WebIDL (a doc comment before each definition, member,
 * argument and enum value; spec/README.md). This puts them into the schema definitions the model
 * hands to every emitter, so types, OpenRPC and validators' consumers read the same text as the docs.
 * A schema file may still describe an item the WebIDL leaves undescribed (a vendor's schema-only
 * text); a schema description that differs from the WebIDL's is a problem, since one would be lost.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { JsonSchema } from "./api.js";
import { isCmapiCallback, isResultCallback } from "./cross-check.js";
import type { IdlDocument, IdlPlace } from "./idl-reader.js";
import { defPointer, type SchemaDocument } from "./schema-reader.js";
import { callbackPayloadDef, methodParamsDef } from "./schema-keywords.js";
import { isObject } from "./schema-walk.js";

/** The enum's schema description: its own text, then one line per described value. */
export function enumSchemaDescription(description: string, values: readonly string[], valueDescriptions: readonly string[]): string {
  const lines = values.flatMap((value, index) => (valueDescriptions[index] ? [`- "${value}": ${valueDescriptions[index]}`] : []));
  return [description, lines.join("\n")].filter((part) => part !== "").join("\n\n");
}

/**
 * A copy of the schema's definitions with the WebIDL's descriptions in place. Only the definitions
 * and properties that get a description are copied; the rest are shared with `schema.defs`.
 */
export function describeDefinitions(idl: IdlDocument, schema: SchemaDocument, problems: Diagnostic[]): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = { ...schema.defs };

  const describe = (place: IdlPlace, what: string, definition: string, property: string | null, text: string) => {
    if (text === "") return;
    const target = defs[definition];
    if (!isObject(target)) return;
    const properties = target["properties"];
    const current = property === null ? target : isObject(properties) && isObject(properties[property]) ? properties[property] : undefined;
    if (current === undefined) return; // the cross-check reports the missing property
    const written = current["description"];
    if (typeof written === "string" && written !== text) {
      problems.push({
        message: `${what} is described differently in the WebIDL (${place.file}:${place.line}) and in the schema; write its description once, in the WebIDL`,
        location: { file: schema.defFiles[definition] ?? schema.file, pointer: property === null ? defPointer(definition, "description") : defPointer(definition, "properties", property, "description") },
      });
      return;
    }
    if (property === null) {
      defs[definition] = { ...target, description: text };
    } else {
      defs[definition] = { ...target, properties: { ...(properties as object), [property]: { ...current, description: text } } };
    }
  };

  for (const group of idl.interfaces) {
    for (const operation of group.operations) {
      for (const arg of operation.args) {
        if (!isResultCallback(arg)) describe(operation, `parameter ${arg.name} of ${operation.name}`, methodParamsDef(operation.name), arg.name, arg.description);
      }
    }
  }
  for (const callback of idl.callbacks) {
    if (isCmapiCallback(callback.name)) describe(callback, `callback ${callback.name}`, callbackPayloadDef(callback.name), null, callback.description);
  }
  for (const type of idl.types) {
    switch (type.kind) {
      case "dictionary":
        if (!type.partial) describe(type, `dictionary ${type.name}`, type.name, null, type.description);
        for (const member of type.members) describe(type, `member ${member.name} of ${type.name}`, type.name, member.name, member.description);
        break;
      case "enum":
        describe(type, `enum ${type.name}`, type.name, null, enumSchemaDescription(type.description, type.values, type.valueDescriptions));
        break;
      case "alias":
        describe(type, `typedef ${type.name}`, type.name, null, type.description);
        break;
    }
  }
  return defs;
}
