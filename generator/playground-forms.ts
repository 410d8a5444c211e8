/**
 * The playground's form descriptions (templates/playground/data.ts FormNode), read from the schema
 * tree through the normalize rules, so that a form asks for what the validators accept: objects
 * field by field, lists with items to add and remove, unions as a picker of their alternatives,
 * enums as a choice with each value's meaning, defaults given.
 */
import type { Api } from "./model/api.js";
import { intersectionParts, mergedArray, mergedObject, typingPart } from "./model/schema-normalize.js";
import { resolved, type ArrayNode, type ObjectNode, type SchemaNode } from "./model/schema-tree.js";
import type { FormNode, FormProperty } from "../templates/playground/data.js";

/** Kinds whose value a single text field takes: a union of only these is typed as text (DeviceId: a decimal string or a number). */
const TEXT_KINDS: ReadonlySet<string> = new Set(["string", "integer", "number", "enum"]);

export class FormReader {
  /** The named types read so far, by name; what `ref` nodes point to. */
  readonly shapes: Record<string, FormNode> = {};

  constructor(private readonly api: Api) {}

  /** The form of a node; `description` overrides the schema's (a param's words in the WebIDL). */
  read(node: SchemaNode, description?: string): FormNode {
    const form = this.form(node);
    // A declared enum's own words: its schema's description lists the values' meanings too, which the form shows beside the choice.
    const words = description || (form.kind === "enum" && form.description) || node.description || (node.kind === "ref" && node.target ? node.target.description : "");
    return { ...form, description: words, ...(node.default ? { default: node.default } : {}) };
  }

  properties(node: ObjectNode): FormProperty[] {
    return node.properties.map((property) => ({ name: property.name, required: property.required, node: this.read(property.schema) }));
  }

  private form(node: SchemaNode): FormNode {
    if (node.kind === "ref" && node.target) {
      const target = resolved(node);
      // Scalars are inlined; a shape is named once (and a type that contains itself ends at its name).
      if (!["object", "array", "union", "intersection"].includes(target.kind)) return this.form(target);
      if (!(node.name in this.shapes)) {
        this.shapes[node.name] = { kind: "json", description: "" };
        this.shapes[node.name] = this.read(node.target);
      }
      // A union read as one text field (DeviceId), or an intersection that is a string, is inlined as well.
      const shape = this.shapes[node.name]!;
      if (!["object", "array", "union", "json"].includes(shape.kind)) return { ...shape, description: "" };
      return { kind: "ref", name: node.name, description: "" };
    }
    const target = resolved(node);
    switch (target.kind) {
      case "string":
      case "integer":
      case "number":
      case "boolean":
      case "null":
        return { kind: target.kind, description: "" };
      case "const":
        return { kind: "const", value: target.value, description: "" };
      case "enum": {
        const declared = this.api.types.find((type) => type.kind === "enum" && type.schema === target.raw);
        return { kind: "enum", values: [...target.values], meanings: declared?.kind === "enum" ? declared.valueDescriptions : [], description: declared?.description ?? "" };
      }
      case "object":
        return target.properties.length === 0 ? { kind: "json", description: "" } : { kind: "object", properties: this.properties(target), description: "" };
      case "array":
        return target.prefixItems.length > 0 ? { kind: "json", description: "" } : { kind: "array", items: this.read(target.items), minItems: target.minItems ?? 0, description: "" };
      case "union": {
        const alternatives = target.of.map((alternative) => ({ label: alternativeLabel(alternative), node: this.read(alternative) }));
        if (alternatives.every((alternative) => TEXT_KINDS.has(this.scalarKind(alternative.node)))) return { kind: "string", description: "" };
        return { kind: "union", alternatives, description: "" };
      }
      case "intersection":
        return this.intersection(target);
      default:
        return { kind: "json", description: "" };
    }
  }

  /** Rule "intersections": asked for as the typing part's kind, the parts merged (the validators check every part). */
  private intersection(node: SchemaNode): FormNode {
    const parts = intersectionParts(node);
    const typing = typingPart(parts);
    if (typing.kind === "object") return this.form(mergedObject(parts.filter((part): part is ObjectNode => part.kind === "object")));
    if (typing.kind === "array") return this.form(mergedArray(parts.filter((part): part is ArrayNode => part.kind === "array")));
    return this.form(parts.find((part) => part.kind === "enum" || part.kind === "union" || part.kind === "const") ?? typing);
  }

  private scalarKind(node: FormNode): string {
    return node.kind === "ref" ? this.scalarKind(this.shapes[node.name]!) : node.kind;
  }
}

/** What a union's picker calls an alternative: its title, its type's name, the const that tells it apart, else its kind. */
function alternativeLabel(node: SchemaNode): string {
  if (node.title) return node.title;
  if (node.kind === "ref") return node.name;
  const target = resolved(node);
  if (target.kind === "const") return JSON.stringify(target.value);
  if (target.kind === "object") {
    const marker = target.properties.find((property) => resolved(property.schema).kind === "const");
    if (marker) return `${marker.name}: ${JSON.stringify((resolved(marker.schema) as { value: unknown }).value)}`;
    return `object (${target.properties.map((property) => property.name).join(", ")})`;
  }
  return target.kind;
}
