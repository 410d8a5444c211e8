/**
 * The artifacts `generate` can emit, what each needs, and the emitter that runs them all.
 * Emitters are pure: model in, files out; nothing here touches the disk. Each is loaded when it
 * runs: they pull in ts-morph and ajv, which `--help` should not pay for.
 */
import type { Api } from "../model/api.js";
import type { EmitContext, GeneratedFiles } from "./context.js";
import type { Language } from "./languages.js";
import { TYPES_NODE, TYPES_WS, WS, type PeerPackage } from "./peer-packages.js";
import { emitRuntime } from "./runtime.js";

export const ARTIFACTS = ["types", "errors", "validators", "client", "node", "server", "docs", "openrpc"] as const;
export type Artifact = (typeof ARTIFACTS)[number];

/** What a scaffolded device project generates: the server and what it needs. */
export const ARTIFACTS_FOR_SCAFFOLD: Artifact[] = ["server"];

interface ArtifactSpec {
  emit: (api: Api, context: EmitContext) => GeneratedFiles | Promise<GeneratedFiles>;
  /** Other artifacts its files import. */
  needs: Artifact[];
  /** templates/runtime modules its files import. */
  runtime: string[];
  /** Modules `index.ts` re-exports (browser-safe ones only, so that importing the index never drags Node in). */
  exports: string[];
  /** Packages its files import that the consuming project installs. */
  peers: PeerPackage[];
}

const SPECS: Record<Artifact, ArtifactSpec> = {
  types: { emit: async (api) => (await import("./types.js")).emitTypes(api), needs: [], runtime: [], exports: ["./types.js"], peers: [] },
  errors: { emit: async (api) => (await import("./errors.js")).emitErrors(api), needs: [], runtime: ["errors.ts"], exports: ["./errors.js"], peers: [] },
  validators: {
    emit: async (api, context) => {
      const cached = await context.validatorsCache?.get(api);
      if (cached) return cached;
      const files = context.validatorsThread ? await context.validatorsThread.compile(api) : (await import("./validators.js")).emitValidators(api);
      await context.validatorsCache?.put(api, files);
      return files;
    },
    needs: ["types"],
    runtime: ["validation.ts"],
    exports: ["./validation.js"],
    peers: [],
  },
  client: {
    emit: async (api) => (await import("./client.js")).emitClient(api),
    needs: ["types"],
    runtime: ["protocol.ts", "access.ts", "json-depth.ts", "client.ts", "backoff.ts", "transport-websocket.ts", "transport-http.ts", "validation.ts"],
    exports: ["./client.js"],
    peers: [],
  },
  node: { emit: async () => (await import("./node-client.js")).emitNodeClient(), needs: ["client"], runtime: ["discovery.ts"], exports: [], peers: [WS, TYPES_WS, TYPES_NODE] },
  server: {
    emit: async (api, context) => (await import("./server.js")).emitServer(api, context),
    needs: ["types", "errors", "validators"],
    runtime: [
      "protocol.ts",
      "access.ts",
      "throttle.ts",
      "json-depth.ts",
      "server.ts",
      "credentials.ts",
      "flood-limits.ts",
      "message-queue.ts",
      "server-checks.ts",
      "server-calls.ts",
      "server-http.ts",
      "server-http-sessions.ts",
      "server-websocket.ts",
      "server-websocket-sessions.ts",
      "server-node.ts",
      "validation.ts",
    ],
    exports: [],
    peers: [WS, TYPES_WS, TYPES_NODE],
  },
  docs: {
    emit: async (api, context) => {
      const [{ emitDocs }, { emitHtmlDocs }, { buildReferenceView }] = await Promise.all([import("./docs.js"), import("./html-docs.js"), import("./reference-view.js")]);
      const view = buildReferenceView(api); // one view model, two renderers
      return new Map([...emitDocs(api, view), ...emitHtmlDocs(api, context, view)]);
    },
    needs: [],
    runtime: [],
    exports: [],
    peers: [],
  },
  openrpc: { emit: async (api) => (await import("./openrpc.js")).emitOpenRpc(api), needs: [], runtime: [], exports: [], peers: [] },
};

/** The artifacts asked for plus what they need, in a fixed order. */
export function withDependencies(requested: readonly Artifact[]): Artifact[] {
  const wanted = new Set<Artifact>();
  const add = (artifact: Artifact) => {
    if (wanted.has(artifact)) return;
    wanted.add(artifact);
    SPECS[artifact].needs.forEach(add);
  };
  requested.forEach(add);
  return ARTIFACTS.filter((artifact) => wanted.has(artifact));
}

function emitIndex(artifacts: Artifact[]): GeneratedFiles {
  const modules = artifacts.flatMap((artifact) => SPECS[artifact].exports);
  if (modules.length === 0) return new Map();
  return new Map([["index.ts", modules.map((module) => `export * from "${module}";\n`).join("")]]);
}

/** The packages the requested artifacts need in the consuming project, each once; type packages only for TypeScript output. */
export function peerPackagesOf(requested: readonly Artifact[], language: Language = "ts"): PeerPackage[] {
  const all = withDependencies(requested).flatMap((artifact) => SPECS[artifact].peers);
  return [...new Map(all.filter((item) => language === "ts" || item.kind === "runtime").map((item) => [item.name, item])).values()];
}

/** Every file of the requested artifacts, unformatted, sorted by path, in the context's language. */
export async function emitArtifacts(api: Api, requested: readonly Artifact[], context: EmitContext): Promise<GeneratedFiles> {
  const artifacts = withDependencies(requested);
  // eslint-disable-next-line @typescript-eslint/await-thenable -- emitters may return a promise or not (typescript-eslint#11694)
  const parts = await Promise.all(artifacts.map((artifact) => SPECS[artifact].emit(api, context)));
  const runtime = [...new Set(artifacts.flatMap((artifact) => SPECS[artifact].runtime))];
  parts.push(emitRuntime(runtime, context), emitIndex(artifacts));
  const files: GeneratedFiles = new Map();
  for (const part of parts) {
    for (const [path, text] of part) {
      if (files.has(path)) throw new Error(`two emitters produce ${path}`);
      files.set(path, text);
    }
  }
  const { inLanguage } = await import("./language.js");
  return inLanguage(new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), context.language ?? "ts");
}
