/** The spec's validators, compiled by generator/playground.ts (the validators emitter) and handed to esbuild under this name. */
declare module "cmapi:validators" {
  import type { CompiledValidator } from "../runtime/validation.js";
  export const requestEnvelope: CompiledValidator;
  export const responseEnvelope: CompiledValidator;
  export const callbackEnvelope: CompiledValidator;
  export const paramsValidators: { readonly [method: string]: CompiledValidator };
  export const resultValidators: { readonly [method: string]: CompiledValidator };
  export const payloadValidators: { readonly [callbackId: string]: CompiledValidator };
}
