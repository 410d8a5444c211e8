/**
 * Joins the WebIDL of several files into one document: the bundled spec and a vendor's additions
 * beside it. `partial interface` and `partial dictionary` add to a definition of any file; the
 * enum CallbackId may be declared again to list a vendor's callbacks; any other name defined twice
 * is an error that names both places.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { IdlDocument, IdlInterface, IdlNamedType, IdlPlace } from "./idl-reader.js";

/** Enums whose values are a list that extension files may extend by declaring them again. */
export const OPEN_ENUMS: ReadonlySet<string> = new Set(["CallbackId"]);

const place = (at: IdlPlace) => `${at.file}:${at.line}`;

export function mergeIdlDocuments(documents: readonly IdlDocument[], problems: Diagnostic[]): IdlDocument {
  const at = (where: IdlPlace, message: string) => problems.push({ message, location: { file: where.file, line: where.line } });
  const merged: IdlDocument = { file: documents[0]?.file ?? "", interfaces: [], callbacks: [], types: [], problems: [], sources: documents.flatMap((document) => document.sources) };
  for (const document of documents) problems.push(...document.problems);

  const interfaces = new Map<string, IdlInterface>();
  const partialInterfaces: IdlInterface[] = [];
  for (const group of documents.flatMap((document) => document.interfaces)) {
    if (group.partial) {
      partialInterfaces.push(group);
      continue;
    }
    const first = interfaces.get(group.name);
    if (first) at(group, `interface ${group.name} is declared twice (also at ${place(first)}); use \`partial interface\` to add functions to it`);
    else {
      const copy = { ...group, operations: [...group.operations] };
      interfaces.set(group.name, copy);
      merged.interfaces.push(copy);
    }
  }
  for (const partial of partialInterfaces) {
    const base = interfaces.get(partial.name);
    if (!base) at(partial, `partial interface ${partial.name} adds to no interface ${partial.name} in any spec file`);
    else base.operations.push(...partial.operations);
  }

  const callbacks = new Map<string, IdlPlace>();
  for (const callback of documents.flatMap((document) => document.callbacks)) {
    const first = callbacks.get(callback.name);
    if (first) at(callback, `callback ${callback.name} is declared twice (also at ${place(first)})`);
    else {
      callbacks.set(callback.name, callback);
      merged.callbacks.push(callback);
    }
  }

  const types = new Map<string, IdlNamedType>();
  const partialDictionaries: IdlNamedType[] = [];
  for (const type of documents.flatMap((document) => document.types)) {
    if (type.kind === "dictionary" && type.partial) {
      partialDictionaries.push(type);
      continue;
    }
    const first = types.get(type.name);
    if (!first) {
      const copy: IdlNamedType = type.kind === "dictionary" ? { ...type, members: [...type.members] } : type.kind === "enum" ? { ...type, values: [...type.values] } : type;
      types.set(type.name, copy);
      merged.types.push(copy);
    } else if (first.kind === "enum" && type.kind === "enum" && OPEN_ENUMS.has(type.name)) {
      first.values.push(...type.values.filter((value) => !first.values.includes(value)));
    } else {
      const hint = type.kind === "dictionary" ? "; use `partial dictionary` to add members to it" : "";
      at(type, `${type.name} is defined twice (also at ${place(first)})${hint}`);
    }
  }
  for (const partial of partialDictionaries) {
    const base = types.get(partial.name);
    if (partial.kind !== "dictionary") continue;
    if (!base || base.kind !== "dictionary") at(partial, `partial dictionary ${partial.name} adds to no dictionary ${partial.name} in any spec file`);
    else {
      const taken = new Map(base.members.map((member) => [member.name, base]));
      for (const member of partial.members) {
        if (taken.has(member.name)) at(partial, `partial dictionary ${partial.name} adds member ${member.name}, which ${partial.name} already has`);
        else base.members.push(member);
      }
    }
  }
  return merged;
}
