/**
 * What generator/playground.ts embeds in the playground page and app.ts reads: the spec's groups,
 * functions and callbacks, and for each param a form description read from the schema tree.
 * Types only, shared by the generator (Node) and the page (browser).
 */
import type { AccessLevel } from "../runtime/access.js";

/** What every form node carries: the schema's words and its `default`, when it gives one. */
interface FormBase {
  description: string;
  /** `{ value }` so that a default of `null` or `false` is seen. */
  default?: { value: unknown };
}

/**
 * How the form asks for a value. Named types are shared (`ref` into `PlaygroundData.shapes`), so a
 * type used by many functions is described once and a type that contains itself ends.
 */
export type FormNode = FormBase &
  (
    | { kind: "string" | "integer" | "number" | "boolean" | "null" }
    | { kind: "enum"; values: unknown[]; meanings: string[] }
    | { kind: "const"; value: unknown }
    | { kind: "object"; properties: FormProperty[] }
    | { kind: "array"; items: FormNode; minItems: number }
    | { kind: "union"; alternatives: { label: string; node: FormNode }[] }
    | { kind: "ref"; name: string }
    /** Anything a form does not ask for field by field (maps, tuples, `any`): typed as JSON. */
    | { kind: "json" }
  );

export interface FormProperty {
  name: string;
  required: boolean;
  node: FormNode;
}

export interface PlaygroundFunction {
  name: string;
  group: string;
  description: string;
  access: AccessLevel;
  /** The params as an object form; `example` is the spec's example params (what the form starts with). */
  params: FormProperty[];
  example: Record<string, unknown>;
}

export interface PlaygroundData {
  /** The spec's cmapiversion, which every request carries. */
  cmapiVersion: string;
  groups: { name: string; title: string; extension: boolean }[];
  functions: PlaygroundFunction[];
  /** The named types the forms refer to. */
  shapes: Record<string, FormNode>;
  callbacks: { callbackId: string; access: AccessLevel }[];
}
