/**
 * Refuses the regular expressions of a schema that a backtracking engine can take super-linear time on
 * (ReDoS). The generated server validates every request's params with ajv, which runs each `pattern` and
 * `patternProperties` key as `new RegExp(source, "u")` on V8's backtracking engine: one request of a few
 * hundred bytes against `^(a+)+$` would stop the device's event loop.
 *
 * The judge is redos-detector, a static analysis that counts the ways a backtracking engine can match the
 * same text and never calls an unsafe pattern safe (it may refuse a safe one it cannot prove, which is then
 * rewritten). It is deterministic here (a step limit, no time limit) and loaded only when a schema has a
 * regular expression.
 */
import { createRequire } from "node:module";
import type * as RedosDetector from "redos-detector";
import type { Diagnostic } from "../diagnostics.js";
import { pointerToken } from "./schema-keywords.js";
import { forEachSchema, isObject } from "./schema-walk.js";

/** redos-detector's own defaults, written out so that an upgrade cannot loosen them unnoticed. */
export const MAX_WAYS = 200;
export const MAX_STEPS = 20_000;

export interface SchemaRegex {
  /** The regular expression as the schema writes it. */
  source: string;
  /** The JSON pointer of the `pattern` member or of the `patternProperties` key. */
  pointer: string;
  keyword: "pattern" | "patternProperties";
}

/** Every regular expression a schema gives: each `pattern` (in `propertyNames` too, a schema like any other) and each `patternProperties` key. */
export function schemaRegexes(schema: unknown): SchemaRegex[] {
  const found: SchemaRegex[] = [];
  forEachSchema(schema, (node, pointer) => {
    if (typeof node["pattern"] === "string") found.push({ source: node["pattern"], pointer: `${pointer}/pattern`, keyword: "pattern" });
    if (isObject(node["patternProperties"])) {
      for (const key of Object.keys(node["patternProperties"])) found.push({ source: key, pointer: `${pointer}/patternProperties/${pointerToken(key)}`, keyword: "patternProperties" });
    }
  });
  return found;
}

/** A problem for each regular expression of one schema file that is not valid or can backtrack super-linearly. */
export function unsafePatterns(schema: unknown, file: string): Diagnostic[] {
  return schemaRegexes(schema).flatMap(({ source, pointer, keyword }) => {
    const problem = patternProblem(source);
    const what = keyword === "pattern" ? "pattern" : "patternProperties key";
    return problem === null ? [] : [{ message: `${what} ${JSON.stringify(source)} ${problem}`, location: { file, pointer } }];
  });
}

/** The bundled spec repeats its patterns (67 uses of 37): each is judged once per process. */
const verdicts = new Map<string, string | null>();

/** Verdicts an earlier run reached with this same judge (write/pattern-verdicts-cache.ts): redos-detector took 0.14 s of a cold generate. */
export function rememberVerdicts(entries: Iterable<readonly [string, string | null]>): void {
  for (const [source, verdict] of entries) if (!verdicts.has(source)) verdicts.set(source, verdict);
}

/** Every verdict this process holds, remembered or reached. */
export function knownVerdicts(): [string, string | null][] {
  return [...verdicts];
}

/** Why a regular expression is refused, or null when ajv can run it in linear time. */
export function patternProblem(source: string): string | null {
  let verdict = verdicts.get(source);
  if (verdict === undefined) {
    verdict = judge(source);
    verdicts.set(source, verdict);
  }
  return verdict;
}

let detector: typeof RedosDetector | undefined;
/** Required on first use, so that a spec without patterns and the commands that read none do not load it. */
const redosDetector = () => (detector ??= createRequire(import.meta.url)("redos-detector") as typeof RedosDetector);

function judge(source: string): string | null {
  try {
    new RegExp(source, "u");
  } catch (error) {
    return `is not a valid regular expression with the u flag, which ajv compiles patterns with (${(error as Error).message})`;
  }
  if (plainlyLinear(source)) return null;
  let result: RedosDetector.RedosDetectorResult;
  try {
    // No timeout: a time limit would make the verdict depend on the machine's load.
    result = redosDetector().isSafePattern(source, { unicode: true, maxScore: MAX_WAYS, maxSteps: MAX_STEPS });
  } catch (error) {
    return `cannot be read by the ReDoS check (redos-detector: ${String((error as Error).message).split("\n")[0]}), so nothing shows that it cannot backtrack super-linearly; write it without that syntax`;
  }
  return result.safe ? null : refusal(source, result);
}

/** An escape that stands for one character or one class of them: `\d`, `\t`, `\x20`, `\u00e9`, `\.`. */
const ONE_CHARACTER_ESCAPE = /^\\(?:[dDwWsStnrfv]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|[$()*+.?[\\\]^{|}/-])/;
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/;

/**
 * True for the shape most specs' patterns have, which needs no analysis: `^`, single characters, classes
 * and escapes, each repeated or not, `$`, with no group, alternative or assertion, and at most one
 * repetition of varying length (`^[0-9]{6,15}$`, `^\+?[0-9]{1,15}$` has two and goes to the analysis).
 * Anchored, such a pattern matches in one way per length of its one varying part, so a backtracking
 * engine tries at most as many as the string is long: linear. (redos-detector costs about a
 * millisecond a pattern, cold; test/patterns.test.ts checks on random patterns of this shape that it
 * agrees.)
 */
export function plainlyLinear(source: string): boolean {
  if (!source.startsWith("^") || !source.endsWith("$")) return false;
  const body = source.slice(1, -1);
  let varying = 0;
  for (let at = 0; at < body.length;) {
    const char = body[at]!;
    if (char === "\\") {
      const escape = ONE_CHARACTER_ESCAPE.exec(body.slice(at));
      if (escape === null) return false;
      at += escape[0].length;
    } else if (char === "[") {
      let end = at + 1;
      while (end < body.length && body[end] !== "]") end += body[end] === "\\" ? 2 : 1;
      if (end >= body.length) return false;
      at = end + 1;
    } else if ("()|^$*+?{}".includes(char)) return false;
    else at += char.length;
    const quantifier = QUANTIFIER.exec(body.slice(at));
    if (quantifier !== null) {
      const [text, min, comma, max] = quantifier;
      if (min === undefined || (comma !== undefined && max !== min)) varying++;
      at += text.length;
    }
    if (varying > 1) return false;
  }
  return true;
}

type Side = RedosDetector.RedosDetectorTrailEntrySide;

const iterationsOf = (side: Side) => side.quantifierIterations.map(({ node, iteration }) => `${node.start.offset}#${iteration}`).join(",");

/** Where two ways of matching part: two nodes at one character, or one node in different repetitions. */
const parts = (entry: RedosDetector.RedosDetectorTrailEntry) => entry.a.node.start.offset !== entry.b.node.start.offset || iterationsOf(entry.a) !== iterationsOf(entry.b);

/** `a*`, `(a|b)+?`, `a{2,}`: a repetition without an upper bound, which is what makes backtracking grow with the string. */
const UNBOUNDED = /(?:\*|\+|\{\d+,\})\??$/;

function refusal(source: string, result: RedosDetector.RedosDetectorResult): string {
  // An unanchored pattern is checked as redos-detector rewrites it, `[^]*?` first: ajv tries it at every position.
  const searchLength = result.patternDowngraded && result.pattern.endsWith(source) ? result.pattern.length - source.length : 0;
  const witness = result.trails.map(({ trail }) => trail.find(parts)).find((entry) => entry !== undefined);
  if (witness === undefined) {
    const limit = result.error === "hitMaxSteps" ? `it stops after ${MAX_STEPS} steps` : `it stops counting past ${MAX_WAYS} ways`;
    return `has too many ways through it for the ReDoS check to show that it cannot backtrack super-linearly (${limit}); write it with fewer alternatives inside repetitions, or check a part with a lookahead`;
  }
  const inSearch = (side: Side) => side.node.start.offset < searchLength;
  // Offsets count in the pattern as checked: the source's own when nothing else was rewritten.
  const offsetsKnown = !result.patternDowngraded || searchLength > 0;
  const named = (side: Side) => {
    if (inSearch(side)) return "the search for where a match starts (the pattern does not begin with ^)";
    const quantifier = side.quantifierIterations.at(-1)?.node.source;
    const where = [...(offsetsKnown ? [`character ${side.node.start.offset - searchLength + 1}`] : []), ...(quantifier !== undefined && quantifier !== side.node.source ? [`in \`${quantifier}\``] : [])];
    return `\`${side.node.source}\`${where.length > 0 ? ` (${where.join(", ")})` : ""}`;
  };
  let overlap: string;
  if (witness.a.node.start.offset !== witness.b.node.start.offset) overlap = `${named(witness.a)} and ${named(witness.b)} can match the same characters`;
  else {
    const repeats = (side: Side, other: Side) => side.quantifierIterations.filter(({ node, iteration }) => !other.quantifierIterations.some((q) => q.node.start.offset === node.start.offset && q.iteration === iteration));
    const quantifiers = [...new Set([...repeats(witness.a, witness.b), ...repeats(witness.b, witness.a)].map(({ node }) => `\`${node.source}\``))];
    overlap = `the repetitions of ${quantifiers.join(" and ")} can split the same characters more than one way`;
  }
  const search = inSearch(witness.a) || inSearch(witness.b);
  const unbounded = search || [witness.a, witness.b].some((side) => side.quantifierIterations.some(({ node }) => UNBOUNDED.test(node.source)));
  const count = result.error === "hitMaxScore" && unbounded ? ` (more than ${MAX_WAYS})` : "";
  const [head, hint] = search
    ? ["can backtrack super-linearly", "begin it with ^ if it is meant to match from the start (ajv tries a pattern without ^ at every position), or make its start unable to repeat"]
    : unbounded
      ? ["can backtrack super-linearly", "write it so that each character can be matched one way only (no repeated group whose body repeats too or has overlapping alternatives, no neighbouring parts that take the same characters)"]
      : [`can backtrack more than ${MAX_WAYS} ways on one string`, "write it so that its alternatives cannot match the same characters (a lookahead can check a part instead)"];
  return `${head}: ${overlap}, so a string that nearly matches makes the validator try every way${count}; ${hint}`;
}
