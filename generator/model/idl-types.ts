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

/** A WebIDL type as the model sees it. Names that are not built in become references. */
export function toTypeRef(idlType: IDLTypeDescription): TypeRef {
  const nullable = idlType.nullable ? { nullable: true } : {};
  if (idlType.union) {
    return { kind: "union", of: idlType.idlType.map(toTypeRef), ...nullable };
  }
  if (idlType.generic === "sequence" || idlType.generic === "FrozenArray") {
    const [items] = idlType.idlType as IDLTypeDescription[];
    return { kind: "array", items: toTypeRef(items!), ...nullable };
  }
  const name = idlType.idlType as string;
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
      case "union":
        return `(${type.of.map(typeRefToString).join(" or ")})`;
      default:
        return type.kind;
    }
  })();
  return type.nullable ? `${base}?` : base;
}
