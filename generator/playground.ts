/**
 * The playground page for `mock --playground`, for the spec it is given: its data (the groups, each
 * function with a form description and example params, every callback, the cmapiversion) and its
 * script, bundled by esbuild from templates/playground/app.ts with the runtime's browser client and
 * the spec's validators, compiled now by the validators emitter (ajv standalone code, so that the
 * page runs under a CSP without eval). Nothing comes from a generated folder.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { exampleOf } from "./emit/examples.js";
import { emitValidators } from "./emit/validators.js";
import type { Api } from "./model/api.js";
import { propertiesByName, resolved, type SchemaNode } from "./model/schema-tree.js";
import { packageRoot } from "./package-root.js";
import type { ParamKind, PlaygroundData } from "../templates/playground/app.js";

/** The module name app.ts imports the spec's compiled validators from; esbuild is handed them under it. */
const VALIDATORS_MODULE = "cmapi:validators";

export interface PlaygroundPage {
  html: string;
  script: string;
}

/** Kinds of a union's forms that a form field takes as typed text. */
const TEXT_KINDS: ReadonlySet<string> = new Set(["string", "integer", "number", "enum"]);

/** The field for a value from a list that is not all strings (numbers, true/false), or a const. */
function valuesKind(values: readonly unknown[]): ParamKind {
  if (values.length > 0 && values.every((value) => typeof value === "string")) return { kind: "string" };
  if (values.length > 0 && values.every((value) => typeof value === "boolean")) return { kind: "boolean" };
  if (values.length > 0 && values.every((value) => typeof value === "number")) return { kind: values.every(Number.isInteger) ? "integer" : "number" };
  return { kind: "json" };
}

/** How the form asks for a value of this schema node. */
function paramKind(api: Api, node: SchemaNode, path: ReadonlySet<SchemaNode> = new Set()): ParamKind {
  const target = resolved(node);
  // A union or intersection that contains itself: no field asks for that as text.
  if (path.has(target)) return { kind: "json" };
  const inside = new Set(path).add(target);
  if (target.kind === "enum" && target.values.every((value): value is string => typeof value === "string")) {
    const declared = api.types.find((type) => type.kind === "enum" && type.schema === target.raw);
    return { kind: "enum", values: [...target.values], meanings: declared?.kind === "enum" ? declared.valueDescriptions : [] };
  }
  if (target.kind === "string" || target.kind === "integer" || target.kind === "number" || target.kind === "boolean") return { kind: target.kind };
  if (target.kind === "enum" || target.kind === "const") return valuesKind(target.kind === "enum" ? target.values : [target.value]);
  // A $ref beside its own constraints (an Ssid with minLength 1): asked for as its parts are, when they agree.
  if (target.kind === "intersection") {
    const kinds = target.of.map((part) => paramKind(api, part, inside));
    return kinds.find((kind) => kind.kind === "enum") ?? (kinds.every((kind) => kind.kind === kinds[0]?.kind) ? kinds[0]! : { kind: "json" });
  }
  // DeviceId: a decimal string or a number, typed as text (the validators accept either).
  if (target.kind === "union" && target.of.every((form) => TEXT_KINDS.has(paramKind(api, form, inside).kind))) return { kind: "string" };
  return { kind: "json" };
}

export function playgroundData(api: Api): PlaygroundData {
  const tree = api.schema;
  return {
    cmapiVersion: api.cmapiVersion,
    groups: api.groups.map((group) => ({ name: group.name, title: group.title, extension: group.extension })),
    functions: api.methods.map((method) => {
      const paramsNode = tree.read(method.paramsSchema);
      const example = exampleOf(paramsNode) as Record<string, unknown>;
      const properties = propertiesByName(paramsNode);
      return {
        name: method.name,
        group: method.group,
        description: method.description,
        access: method.access,
        params: method.params.map((param) => {
          const schema = properties.get(param.name);
          return { name: param.name, optional: param.optional, example: example[param.name], description: param.description, ...(schema ? paramKind(api, schema) : { kind: "json" as const }) };
        }),
      };
    }),
    callbacks: api.callbacks.map((callback) => ({ callbackId: callback.callbackId, access: callback.access })),
  };
}

export async function buildPlayground(api: Api): Promise<PlaygroundPage> {
  const dir = join(packageRoot(), "templates", "playground");
  const validators = emitValidators(api).get("validators.js")!;
  const [template, bundle] = await Promise.all([
    readFile(join(dir, "index.html"), "utf8"),
    build({
      entryPoints: [join(dir, "app.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      target: "es2020",
      write: false,
      logLevel: "silent",
      minify: true,
      plugins: [
        {
          name: "spec-validators",
          setup(plugin) {
            plugin.onResolve({ filter: /^cmapi:validators$/ }, () => ({ path: VALIDATORS_MODULE, namespace: "spec" }));
            plugin.onLoad({ filter: /.*/, namespace: "spec" }, () => ({ contents: validators, loader: "js" }));
          },
        },
      ],
    }),
  ]);
  const json = JSON.stringify(playgroundData(api)).replace(/</g, "\\u003c");
  return { html: template.replace("/*DATA*/", () => json), script: bundle.outputFiles[0]!.text };
}
