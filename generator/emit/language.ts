/**
 * The language of the output, so that it builds in the project it lands in without changing its settings.
 * `ts` (the default): TypeScript only. The ajv validators' modules become `.ts` files, since tsc copies no
 * `.js` file into the build without `allowJs`; their code is ajv's plain JavaScript, so the file is
 * `@ts-nocheck` and only its exports carry types.
 * `js`: JavaScript ES modules with `.d.ts` beside each, for projects without TypeScript (and for editors).
 */
import type { ts } from "ts-morph";
import type { GeneratedFiles } from "./context.js";
import type { Language } from "./languages.js";

export { LANGUAGES, type Language } from "./languages.js";

export async function inLanguage(files: GeneratedFiles, language: Language): Promise<GeneratedFiles> {
  if (language === "ts") return withTypeScriptValidators(files);
  // The TypeScript compiler (through ts-morph) is loaded for JavaScript output only: it takes about 0.6 s to load.
  const { ts } = await import("ts-morph");
  return toJavaScript(ts, files);
}

/** Each ajv module (a `.js` with its `.d.ts`: the validators') as one `.ts` whose exports the declarations type. */
function withTypeScriptValidators(files: GeneratedFiles): GeneratedFiles {
  const result = new Map(files);
  for (const [path, code] of files) {
    if (!path.endsWith(".js")) continue;
    const declarationsPath = `${path.slice(0, -".js".length)}.d.ts`;
    const declarations = files.get(declarationsPath);
    if (declarations === undefined) continue;
    result.delete(path);
    result.delete(declarationsPath);
    result.set(`${path.slice(0, -".js".length)}.ts`, typedModule(path, code, declarations));
  }
  return new Map([...result].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function typedModule(path: string, code: string, declarations: string): string {
  const declared = new Map([...declarations.matchAll(/^export declare const (\w+): (.+);$/gm)].map((match) => [match[1]!, match[2]!]));
  const imports = declarations.split("\n").filter((line) => line.startsWith("import type "));
  // The d.ts names the public exports; ajv's other exports (one per compiled schema) become module locals.
  // ajv may put several statements on a line, so an export is found after a statement's end, not a line's start.
  // (A plain search checking the character before it: a lookbehind made this scan of 1.6 MB several times slower.)
  const typedExports = new Set<string>();
  const typed = code.replace(/export const (\w+) =/g, (match, name: string, offset: number) => {
    if (offset > 0 && !/[;}\s]/.test(code[offset - 1]!)) return match;
    const type = declared.get(name);
    if (type === undefined) return `const ${name} =`;
    typedExports.add(name);
    return `export const ${name}: ${type} =`;
  });
  const missing = [...declared.keys()].filter((name) => !typedExports.has(name));
  if (missing.length > 0) throw new Error(`${path} does not define ${missing.join(", ")}, which its .d.ts declares`);
  // The pragma alone on its line: TypeScript before 5.4 ignores it when text follows.
  return ["// @ts-nocheck", "// ajv's standalone code, plain JavaScript; the exports are typed.", ...imports, "", typed].join("\n");
}

/** Each TypeScript module as JavaScript plus its declarations, both derived from that one file (the output holds isolatedDeclarations). */
function toJavaScript(typescript: typeof ts, files: GeneratedFiles): GeneratedFiles {
  const JS_OPTIONS: ts.CompilerOptions = { target: typescript.ScriptTarget.ES2022, module: typescript.ModuleKind.ESNext, strict: true };
  const DECLARATION_OPTIONS: ts.CompilerOptions = { ...JS_OPTIONS, declaration: true, isolatedDeclarations: true };
  const result: GeneratedFiles = new Map();
  for (const [path, text] of files) {
    if (!path.endsWith(".ts") || path.endsWith(".d.ts")) {
      result.set(path, text);
      continue;
    }
    const base = path.slice(0, -".ts".length);
    const javascript = typescript.transpileModule(text, { compilerOptions: JS_OPTIONS, fileName: path, reportDiagnostics: true });
    const declaration = typescript.transpileDeclaration(text, { compilerOptions: DECLARATION_OPTIONS, fileName: path, reportDiagnostics: true });
    const problems = [...(javascript.diagnostics ?? []), ...(declaration.diagnostics ?? [])];
    if (problems.length > 0) {
      const first = problems[0]!;
      const line = first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start).line + 1 : 0;
      throw new Error(`${path}:${line}: cannot be turned into JavaScript and declarations on its own: ${typescript.flattenDiagnosticMessageText(first.messageText, "\n")}`);
    }
    result.set(`${base}.js`, javascript.outputText);
    result.set(`${base}.d.ts`, declaration.outputText);
  }
  return new Map([...result].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
