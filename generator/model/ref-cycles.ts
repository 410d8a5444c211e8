/**
 * `$ref` cycles that never reach into a value: `"A": { "$ref": "#/$defs/B" }, "B": { "$ref": "#/$defs/A" }`,
 * or through `allOf`/`anyOf`/`oneOf`/`not`/`if`/`then`/`else`/`dependentSchemas`, which apply to the
 * same value. Such a definition has no value of its own, and validating any value against it checks
 * that same value against it again without end: ajv overflows its stack while compiling a plain chain
 * (an internal error, blamed on no file) and, for one with alternatives (`anyOf: [A, null]`), on the
 * first value that is not the alternative, which a server would meet at its first such request. Each
 * cycle is refused once, at the `$ref` of the definition written last (a vendor's file before the
 * bundled one), with the cycle spelt out. A definition that refers to itself inside `properties`,
 * `items` or any other keyword that applies to a member or an item (test/fixtures/vendor/tree.*) ends
 * with the value and stays supported.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { JsonSchema } from "./api.js";
import { pointerToken, refTarget } from "./schema-keywords.js";
import { isObject } from "./schema-walk.js";

/** Keywords whose schemas apply to the value itself (not to a member or an item of it). */
const IN_PLACE_SCHEMA = ["not", "if", "then", "else"];
const IN_PLACE_LISTS = ["allOf", "anyOf", "oneOf"];
const IN_PLACE_MAPS = ["dependentSchemas"];

interface Edge {
  target: string;
  /** The pointer of the `$ref`, in the file that defines the definition it is in. */
  pointer: string;
}

/** The definitions a schema refers to in place, each with where the `$ref` is. */
function inPlaceRefs(schema: unknown, pointer: string, defs: Record<string, JsonSchema>, edges: Edge[]): void {
  if (!isObject(schema)) return;
  const ref = schema["$ref"];
  if (typeof ref === "string") {
    const target = refTarget(ref);
    if (target !== null && Object.hasOwn(defs, target)) edges.push({ target, pointer: `${pointer}/$ref` });
  }
  for (const keyword of IN_PLACE_SCHEMA) inPlaceRefs(schema[keyword], `${pointer}/${keyword}`, defs, edges);
  for (const keyword of IN_PLACE_LISTS) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((item, index) => inPlaceRefs(item, `${pointer}/${keyword}/${index}`, defs, edges));
  }
  for (const keyword of IN_PLACE_MAPS) {
    const map = schema[keyword];
    if (isObject(map)) for (const [name, item] of Object.entries(map)) inPlaceRefs(item, `${pointer}/${keyword}/${pointerToken(name)}`, defs, edges);
  }
}

/**
 * Every cycle of in-place references among `defs`, one problem each. `defFiles` says which file
 * defines each definition and `files` their order (a later file's definition is reported first).
 */
export function refCycleProblems(defs: Record<string, JsonSchema>, defFiles: Record<string, string>, files: readonly string[]): Diagnostic[] {
  const names = Object.keys(defs);
  const order = new Map(names.map((name, index) => [name, index]));
  const graph = new Map<string, Edge[]>();
  for (const name of names) {
    const edges: Edge[] = [];
    inPlaceRefs(defs[name], `/$defs/${pointerToken(name)}`, defs, edges);
    if (edges.length > 0) graph.set(name, edges);
  }
  if (graph.size === 0) return [];

  // Tarjan's strongly connected components, iteratively (a vendor's chain may be long).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { name: string; edge: number }[] = [{ name: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.name) ?? [];
      if (frame.edge < edges.length) {
        const target = edges[frame.edge++]!.target;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ name: target, edge: 0 });
        } else if (onStack.has(target)) low.set(frame.name, Math.min(low.get(frame.name)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.name, Math.min(low.get(parent.name)!, low.get(frame.name)!));
      if (low.get(frame.name) === index.get(frame.name)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.name);
        components.push(component);
      }
    }
  }

  const fileRank = (name: string) => files.indexOf(defFiles[name] ?? files[0] ?? "");
  const problems: { at: number; problem: Diagnostic }[] = [];
  for (const component of components) {
    const members = new Set(component);
    const cyclic = component.length > 1 || (graph.get(component[0]!) ?? []).some((edge) => edge.target === component[0]);
    if (!cyclic) continue;
    // The definition written last: the vendor's, where the cycle was closed.
    const blamed = [...component].sort((a, b) => fileRank(b) - fileRank(a) || order.get(b)! - order.get(a)!)[0]!;
    const path = shortestCycle(blamed, graph, members);
    if (path.length === 0) continue;
    const shown = [blamed, ...path.map((edge) => edge.target)];
    problems.push({
      at: order.get(blamed)!,
      problem: {
        message:
          `$ref cycle ${shown.join(" → ")}: ${blamed} refers back to itself without an object member or an array item in between, ` +
          `so validating a value would check that same value against ${blamed} again, without end (ajv overflows its stack, while compiling or on a request); ` +
          `a recursive type refers to itself inside "properties" or "items"`,
        location: { file: defFiles[blamed] ?? files[0] ?? "", pointer: path[0]!.pointer },
      },
    });
  }
  return problems.sort((a, b) => a.at - b.at).map((entry) => entry.problem);
}

/** The shortest way from `start` back to itself within the component (breadth first), as the edges taken. */
function shortestCycle(start: string, graph: ReadonlyMap<string, Edge[]>, members: ReadonlySet<string>): Edge[] {
  const cameBy = new Map<string, { from: string; edge: Edge }>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const name = queue[head]!;
    for (const edge of graph.get(name) ?? []) {
      if (!members.has(edge.target)) continue;
      if (edge.target === start) {
        const path = [edge];
        for (let at = name; at !== start; at = cameBy.get(at)!.from) path.unshift(cameBy.get(at)!.edge);
        return path;
      }
      if (!cameBy.has(edge.target)) {
        cameBy.set(edge.target, { from: name, edge });
        queue.push(edge.target);
      }
    }
  }
  return [];
}
