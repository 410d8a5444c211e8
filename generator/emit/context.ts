/** What every emitter gets besides the model, and what it returns. */
import type { ScrProfile } from "../model/api.js";
import type { Language } from "./languages.js";
import type { ValidatorsThread } from "./validators-thread.js";
import type { CompiledValidatorsCache } from "../write/compiled-validators-cache.js";

/** Output files by path relative to the output folder, e.g. "types.ts" or "docs/reference.md". */
export type GeneratedFiles = Map<string, string>;

export interface EmitContext {
  /** The runtime modules to carry into the output, by file name (templates/runtime/*.ts). */
  runtime: Map<string, string>;
  /** Other template files by path below templates/ (e.g. "docs/reference.css"). */
  assets: Map<string, string>;
  /** With --profile: the device class whose mandatory functions a server must implement. */
  profile?: ScrProfile;
  /** TypeScript (the default) or JavaScript with declarations. */
  language?: Language;
  /** A worker to compile the validators on; without one they are compiled in this thread. */
  validatorsThread?: ValidatorsThread;
  /** Validators compiled by an earlier run for the same schema (write/compiled-validators-cache.ts): the one emitter whose output is kept between runs. */
  validatorsCache?: CompiledValidatorsCache;
}
