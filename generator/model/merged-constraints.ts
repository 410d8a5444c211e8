/**
 * The parts of an intersection (model/schema-tree.ts `intersectionParts`) read as one value's rules:
 * every string part gives one string (the tightest lengths, every pattern), every number part one
 * number (the tighter bound on each side, every multipleOf). The examples (emit/examples.ts) build
 * values from these and the docs' constraints column (emit/constraint-text.ts) says them, so that
 * what the docs say and what the examples show cannot disagree.
 */
import type { NumberNode, SchemaNode, StringNode } from "./schema-tree.js";

export interface MergedString {
  /** The largest minLength of the parts; undefined when none gives one. */
  minLength: number | undefined;
  /** The smallest maxLength of the parts. */
  maxLength: number | undefined;
  /** The smallest x-cmapi-max-bytes of the parts: UTF-8 bytes. */
  maxBytes: number | undefined;
  /** Every pattern, each once: a value matches all. */
  patterns: string[];
  formats: string[];
  contentEncodings: string[];
}

/** One side of a range: `exclusive` when the value itself is outside (exclusiveMinimum, exclusiveMaximum). */
export interface Bound {
  value: number;
  exclusive: boolean;
}

export interface MergedNumber {
  /** Whether some part says `integer`. */
  integer: boolean;
  lower: Bound | undefined;
  upper: Bound | undefined;
  /**
   * What a value must be a multiple of, all of them: the integer multipleOfs as their least common
   * multiple, the others as written; a step another step is a multiple of is left out (2 and 4: 4).
   */
  multiples: number[];
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];
const defined = <T>(values: readonly (T | undefined)[]) => values.filter((value): value is T => value !== undefined);

export function mergedString(parts: readonly StringNode[]): MergedString {
  const minLengths = defined(parts.map((part) => part.minLength));
  const maxLengths = defined(parts.map((part) => part.maxLength));
  const maxBytes = defined(parts.map((part) => part.maxBytes));
  return {
    minLength: minLengths.length > 0 ? Math.max(...minLengths) : undefined,
    maxLength: maxLengths.length > 0 ? Math.min(...maxLengths) : undefined,
    maxBytes: maxBytes.length > 0 ? Math.min(...maxBytes) : undefined,
    patterns: unique(defined(parts.map((part) => part.pattern))),
    formats: unique(defined(parts.map((part) => part.format))),
    contentEncodings: unique(defined(parts.map((part) => part.contentEncoding))),
  };
}

/** The tighter of the bounds on one side: `direction` 1 for lower bounds (the larger wins), -1 for upper; at the same value the exclusive one. */
function tighter(bounds: readonly Bound[], direction: 1 | -1): Bound | undefined {
  let best: Bound | undefined;
  for (const bound of bounds) {
    if (!best || bound.value * direction > best.value * direction || (bound.value === best.value && bound.exclusive)) best = bound;
  }
  return best;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Whether `value` is a multiple of `step`, the way ajv checks `multipleOf` (a float division that has to come out whole). */
export function isMultipleOf(value: number, step: number): boolean {
  return Number.isInteger(value / step);
}

/** A bound when the schema gives one: [] or [bound]. */
const bound = (value: number | undefined, exclusive: boolean): Bound[] => (value === undefined ? [] : [{ value, exclusive }]);

export function mergedNumber(parts: readonly NumberNode[]): MergedNumber {
  const steps = unique(defined(parts.map((part) => part.multipleOf)).filter((step) => step > 0));
  const integerSteps = steps.filter((step) => Number.isInteger(step));
  const lcm = integerSteps.length > 0 ? integerSteps.reduce((a, b) => (a / gcd(a, b)) * b) : undefined;
  const candidates = [...(lcm === undefined ? [] : [lcm]), ...steps.filter((step) => !Number.isInteger(step))];
  return {
    integer: parts.some((part) => part.kind === "integer"),
    lower: tighter(
      parts.flatMap((part) => [...bound(part.minimum, false), ...bound(part.exclusiveMinimum, true)]),
      1,
    ),
    upper: tighter(
      parts.flatMap((part) => [...bound(part.maximum, false), ...bound(part.exclusiveMaximum, true)]),
      -1,
    ),
    multiples: candidates.filter((step) => !candidates.some((other) => other > step && isMultipleOf(other, step))),
  };
}

/**
 * Whether the schema marks a value `writeOnly` (a secret: results never carry it): the node itself, a
 * definition it refers to (through every hop), or a part it must also fit. The docs say "write-only"
 * and the lint (lint/secrets.ts) treats the member as a secret by this one reading.
 */
export function marksWriteOnly(node: SchemaNode, seen = new Set<SchemaNode>()): boolean {
  if (seen.has(node)) return false;
  seen.add(node);
  if (node.writeOnly) return true;
  if (node.kind === "ref") return node.target !== undefined && marksWriteOnly(node.target, seen);
  return node.kind === "intersection" && node.of.some((part) => marksWriteOnly(part, seen));
}
