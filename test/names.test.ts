/**
 * names.ts's lists of what the runtime and the generated code already define, read from the code
 * itself with the TypeScript compiler (ts-morph), so that a member added to the client runtime or an
 * export added to an emitter cannot leave a spec name free to collide with it.
 */
import { join } from "node:path";
import { Script } from "node:vm";
import { fileURLToPath } from "node:url";
import { Node, Project, ts, type ClassDeclaration } from "ts-morph";
import { beforeAll, describe, expect, it } from "vitest";
import { CLIENT_CLASS_MEMBERS, CLIENT_CORE_MEMBERS, GENERATED_EXPORTS, JS_RESERVED_WORDS, TYPES_WRITER_GLOBALS, methodIdentifier, typeNamesOf } from "../generator/emit/names.js";
import { generate } from "../generator/generate.js";
import { loadApi } from "../generator/load.js";
import type { Api } from "../generator/model/api.js";
import { optionsFor, tempDir } from "./support/generation.js";

const runtimeClient = fileURLToPath(new URL("../templates/runtime/client.ts", import.meta.url));

/** Every member of a class, private ones and constructor parameter properties included, as a subclass would meet them. */
function classMembers(declaration: ClassDeclaration): string[] {
  const names = declaration.getMembers().flatMap((member) => {
    if (Node.isConstructorDeclaration(member))
      return [
        "constructor",
        ...member
          .getParameters()
          .filter((parameter) => parameter.isParameterProperty())
          .map((parameter) => parameter.getName()),
      ];
    return [member.getName()];
  });
  return [...new Set(names)].sort();
}

const sorted = (names: readonly string[]) => [...new Set(names)].sort();

let out: string;
let api: Api;
let project: Project;
beforeAll(async () => {
  // With a profile, so that profile.ts is written too.
  out = await tempDir();
  await generate(optionsFor(out, { profile: "laptop" }));
  api = await loadApi();
  project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: true } });
}, 60_000);

describe("the names the generated code already uses", () => {
  it("CLIENT_CORE_MEMBERS is every member of the runtime's CmapiClientCore", () => {
    const core = project.addSourceFileAtPath(runtimeClient).getClassOrThrow("CmapiClientCore");
    expect(sorted(CLIENT_CORE_MEMBERS)).toEqual(classMembers(core));
  });

  it("CLIENT_CLASS_MEMBERS is every member of the generated CmapiClient besides its one method per function", () => {
    const client = project.addSourceFileAtPath(join(out, "client.ts")).getClassOrThrow("CmapiClient");
    const perFunction = new Set(api.methods.map(methodIdentifier));
    expect(sorted(CLIENT_CLASS_MEMBERS)).toEqual(classMembers(client).filter((name) => !perFunction.has(name)));
    expect(classMembers(client).filter((name) => perFunction.has(name))).toHaveLength(perFunction.size);
  });

  it("GENERATED_EXPORTS is what each generated module exports besides the spec's types", () => {
    const specTypes = new Set(typeNamesOf(api).values());
    const exported: Record<string, string[]> = {};
    for (const module of Object.keys(GENERATED_EXPORTS)) {
      const file = project.addSourceFileAtPath(join(out, module));
      exported[module] = sorted([...file.getExportedDeclarations().keys()].filter((name) => !specTypes.has(name)));
    }
    expect(Object.fromEntries(Object.entries(GENERATED_EXPORTS).map(([module, names]) => [module, sorted(names)]))).toEqual(exported);
    // Every module index.ts re-exports is in the list.
    const index = project.addSourceFileAtPath(join(out, "index.ts"));
    for (const declaration of index.getExportDeclarations()) expect(Object.keys(GENERATED_EXPORTS)).toContain(`${declaration.getModuleSpecifierValue()!.replace(/^\.\//, "").replace(/\.js$/, "")}.ts`);
  });

  it("TYPES_WRITER_GLOBALS is every global type types.ts refers to", () => {
    const types = project.addSourceFileAtPath(join(out, "types.ts"));
    const declared = new Set([...types.getExportedDeclarations().keys(), ...types.getDescendantsOfKind(ts.SyntaxKind.TypeParameter).map((parameter) => parameter.getName())]);
    const referenced = types.getDescendantsOfKind(ts.SyntaxKind.TypeReference).map((reference) => reference.getTypeName().getText());
    expect(sorted(referenced.filter((name) => !declared.has(name)))).toEqual(sorted(TYPES_WRITER_GLOBALS));
  });

  it("JS_RESERVED_WORDS is TypeScript's reserved and strict-mode reserved words, with await, arguments and eval", () => {
    const words: string[] = [];
    for (let kind = ts.SyntaxKind.FirstReservedWord; kind <= ts.SyntaxKind.LastReservedWord; kind++) words.push(ts.tokenToString(kind)!);
    for (let kind = ts.SyntaxKind.FirstFutureReservedWord; kind <= ts.SyntaxKind.LastFutureReservedWord; kind++) words.push(ts.tokenToString(kind)!);
    expect(sorted(JS_RESERVED_WORDS)).toEqual(sorted([...words, "await", "arguments", "eval"]));
    // None of them names a function in a module, which is strict code.
    for (const word of JS_RESERVED_WORDS) expect(() => new Script(`"use strict"; async function f() { function ${word}() {} }`), word).toThrow(SyntaxError);
  });
});
