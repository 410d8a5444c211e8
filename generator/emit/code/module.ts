/**
 * A generated TypeScript module: its top-level statements laid out as prettier leaves them (a blank
 * line around each block, none between other statements), after the imports its code uses and a
 * blank line.
 *
 * Imports are collected from the imported Names the statements use: one import per module, bare
 * package names before relative paths, each group in alphabetical order; in a module, values before
 * types, each in alphabetical order (`import { a, type B }`, `import type { B }` when all are types).
 */
import { render, renderCollecting, type Code, type ImportSource, type Name } from "./code.js";

/** A top-level statement; a block (class, interface, function) gets a blank line before and after it. */
export interface Statement {
  code: Code;
  block?: boolean;
}

export const statement = (code: Code): Statement => ({ code });
export const blockStatement = (code: Code): Statement => ({ code, block: true });

/** The import declarations for these names, in the order the code uses them. */
function importsFor(usedNames: readonly Name[]): string[] {
  const byModule = new Map<string, Map<string, ImportSource>>();
  const seen = new Map<string, Name>();
  for (const used of usedNames) {
    if (used.source === undefined) continue;
    const earlier = seen.get(used.text);
    if (earlier?.source !== undefined && (earlier.source.module !== used.source.module || earlier.source.kind !== used.source.kind || earlier.source.imported !== used.source.imported)) {
      throw new Error(`${used.text} is imported from both ${earlier.source.module} and ${used.source.module}`);
    }
    seen.set(used.text, used);
    const names = byModule.get(used.source.module) ?? new Map<string, ImportSource>();
    names.set(used.text, used.source);
    byModule.set(used.source.module, names);
  }
  const relative = (module: string) => module.startsWith(".");
  const modules = [...byModule.keys()].sort((a, b) => (relative(a) !== relative(b) ? (relative(a) ? 1 : -1) : a < b ? -1 : a > b ? 1 : 0));
  return modules.flatMap((module) => importDeclarations(module, byModule.get(module)!));
}

function importDeclarations(module: string, names: Map<string, ImportSource>): string[] {
  const sorted = (kind: ImportSource["kind"]) =>
    [...names]
      .filter(([, source]) => source.kind === kind)
      .map(([text, source]) => (source.imported !== undefined ? `${source.imported} as ${text}` : text))
      .sort();
  const specifier = JSON.stringify(module);
  const declarations = sorted("namespace").map((text) => `import type * as ${text} from ${specifier};`);
  const values = sorted("value");
  const types = sorted("type");
  if (values.length === 0 && types.length > 0) declarations.push(`import type { ${types.join(", ")} } from ${specifier};`);
  else if (values.length > 0) declarations.push(`import { ${[...values, ...types.map((text) => `type ${text}`)].join(", ")} } from ${specifier};`);
  return declarations;
}

/** The module's text: its imports, then its statements, ending in one newline. */
export function moduleText(statements: readonly Statement[], options: { head?: Code } = {}): string {
  const pieces: string[] = [];
  // The head (a comment on the whole module) stands on its own lines above the imports.
  if (options.head !== undefined) pieces.push(render(options.head), "\n");
  const used: Name[] = [];
  const items = statements.map((item) => ({ text: renderCollecting(item.code, used), block: item.block === true }));
  const imports = importsFor(used);
  if (imports.length > 0) pieces.push(imports.join("\n"), statements.length > 0 ? "\n\n" : "");
  items.forEach((item, index) => {
    if (index > 0) pieces.push(item.block || items[index - 1]!.block ? "\n\n" : "\n");
    pieces.push(item.text);
  });
  return `${pieces.join("")}\n`;
}
