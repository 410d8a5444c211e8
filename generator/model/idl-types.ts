import type { IDLTypeDescription } from "webidl2";
import type { TypeRef } from "./api.js";

/** The ranges of WebIDL's integer types; 64-bit ones stop where JSON numbers stay exact. */
export const INTEGER_RANGES: Record<string, [number, number]> = {
  byte: [-128, 127],
  octet: [0, 255],
  short: [-32768, 32767],
  "unsigned short": [0, 65535],
  long: [-2147483648, 2147483647],
  "unsigned long": [0, 4294967295],
  "long long": [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  "unsigned long long": [0, Number.MAX_SAFE_INTEGER],
};

const STRING_TYPES = new Set(["DOMString", "USVString", "ByteString"]);
const NUMBER_TYPES = new Set(["float", "double", "unrestricted float", "unrestricted double"]);

/** The generic types a JSON message can carry: `sequence<T>` (and `FrozenArray<T>`) as an array, `record<K, T>` as an object. */
const ARRAY_GENERICS = new Set(["sequence", "FrozenArray"]);

/** A WebIDL type as written (`Promise<long>`, `(DOMString or long)?`), for messages. */
export function idlTypeText(idlType: IDLTypeDescription): string {
  const inner = idlType.union ? `(${idlType.idlType.map(idlTypeText).join(" or ")})` : idlType.generic ? `${idlType.generic}<${(idlType.idlType as IDLTypeDescription[]).map(idlTypeText).join(", ")}>` : String(idlType.idlType);
  return idlType.nullable ? `${inner}?` : inner;
}

/** What a type JSON has no form for is read as, once reported: the cross-check compares nothing with it (one message, not two). */
export const UNSUPPORTED_TYPE: TypeRef = Object.freeze({ kind: "any" });

/**
 * A WebIDL type as the model sees it. Names that are not built in become references. A generic type
 * JSON has no form for (`Promise<T>`, `ObservableArray<T>`, `async_sequence<T>`) is reported to
 * `unsupported` with its text and read as UNSUPPORTED_TYPE, so that the rest of the file is still read.
 */
export function toTypeRef(idlType: IDLTypeDescription, unsupported: (text: string) => void = () => {}): TypeRef {
  const nullable = idlType.nullable ? { nullable: true } : {};
  const inner = (type: IDLTypeDescription) => toTypeRef(type, unsupported);
  if (idlType.union) {
    return { kind: "union", of: idlType.idlType.map(inner), ...nullable };
  }
  if (ARRAY_GENERICS.has(idlType.generic)) {
    const [items] = idlType.idlType as IDLTypeDescription[];
    return { kind: "array", items: inner(items!), ...nullable };
  }
  if (idlType.generic === "record") {
    // webidl2 has checked that the key is DOMString, USVString or ByteString: a JSON member name is a string.
    const [, values] = idlType.idlType as IDLTypeDescription[];
    return { kind: "record", values: inner(values!), ...nullable };
  }
  if (idlType.generic) {
    unsupported(idlTypeText(idlType));
    return UNSUPPORTED_TYPE;
  }
  const name = idlType.idlType;
  const range = INTEGER_RANGES[name];
  if (range) return { kind: "integer", idlType: name, minimum: range[0], maximum: range[1], ...nullable };
  if (STRING_TYPES.has(name)) return { kind: "string", ...nullable };
  if (NUMBER_TYPES.has(name)) return { kind: "number", idlType: name, ...nullable };
  if (name === "boolean") return { kind: "boolean", ...nullable };
  if (name === "any") return { kind: "any" };
  if (name === "object") return { kind: "object", ...nullable };
  return { kind: "ref", name, ...nullable };
}

/** WebIDL spelling of a model type, for messages. */
export function typeRefToString(type: TypeRef): string {
  const base = (() => {
    switch (type.kind) {
      case "integer":
      case "number":
        return type.idlType;
      case "string":
        return "DOMString";
      case "ref":
        return type.name;
      case "array":
        return `sequence<${typeRefToString(type.items)}>`;
      case "record":
        return `record<DOMString, ${typeRefToString(type.values)}>`;
      case "union":
        return `(${type.of.map(typeRefToString).join(" or ")})`;
      default:
        return type.kind;
    }
  })();
  return type.nullable ? `${base}?` : base;
}
