/**
 * The runtime's dispatcher (templates/runtime/server.ts) for any spec, built from the model at
 * startup instead of from a generated folder: the method table, the callback ids, the error
 * table, the cmapiversion and the runtime's codes come from the model, and params, results and
 * payloads are checked by validators that ajv compiles in process (each on first use).
 */
import type { ValidateFunction } from "ajv";
import type { Api } from "../model/api.js";
import { ENVELOPE_DEFS, callbackPayloadDef, methodParamsDef, methodResultDef } from "../model/schema-keywords.js";
import { createSpecAjv, definitionValidator } from "../model/schema-ajv.js";
import { callbackAccessTable, methodTable, runtimeCodes } from "../model/runtime-facts.js";
import { ErrorTable } from "../../templates/runtime/errors.js";
import { CmapiServerCore, type Handler, type ServerCoreOptions } from "../../templates/runtime/server.js";
import { createValidation, type CompiledValidator, type Validation } from "../../templates/runtime/validation.js";

/** A table whose validators compile when first read: the mock starts at once, and a spec of any size costs what is used. */
function lazyTable(names: Map<string, string>, compile: (definition: string) => ValidateFunction): Record<string, CompiledValidator> {
  const table: Record<string, CompiledValidator> = {};
  for (const [key, definition] of names) {
    let compiled: ValidateFunction | undefined;
    Object.defineProperty(table, key, { enumerable: true, get: () => (compiled ??= compile(definition)) });
  }
  return table;
}

/** Validation of the spec's messages, as the generated validation.ts gives it, compiled by ajv now. */
export function specValidation(api: Api): Validation<string, string> {
  const ajv = createSpecAjv(api);
  const compile = (definition: string) => definitionValidator(ajv, definition);
  const envelope = (definition: string): CompiledValidator => {
    let compiled: ValidateFunction | undefined;
    const validate = ((data: unknown) => {
      compiled ??= compile(definition);
      const valid = compiled(data);
      validate.errors = compiled.errors ?? null;
      return valid;
    }) as CompiledValidator;
    return validate;
  };
  return createValidation<string, string>({
    requestEnvelope: envelope(ENVELOPE_DEFS.request),
    responseEnvelope: envelope(ENVELOPE_DEFS.response),
    callbackEnvelope: envelope(ENVELOPE_DEFS.callback),
    paramsValidators: lazyTable(new Map(api.methods.map((method) => [method.name, methodParamsDef(method.name)])), compile),
    resultValidators: lazyTable(new Map(api.methods.map((method) => [method.name, methodResultDef(method.name)])), compile),
    payloadValidators: lazyTable(new Map(api.callbacks.map((callback) => [callback.callbackId, callbackPayloadDef(callback.callbackId)])), compile),
  });
}

export type SpecServerOptions = Pick<ServerCoreOptions, "authorize" | "credentials" | "throttle" | "log" | "validateResults" | "maxInFlightPerSession">;

/** The dispatcher's options for `api`'s functions, answering with `handlers` (a function without one answers "not supported"). */
export function specCoreOptions(api: Api, handlers: Record<string, Handler>, validation: Validation<string, string>, options: SpecServerOptions = {}): ServerCoreOptions {
  const errorTable = new ErrorTable(api.errorCodes, api.statusWords);
  return {
    cmapiVersion: api.cmapiVersion,
    codes: runtimeCodes(api),
    handlers,
    methods: methodTable(api),
    callbackIds: api.callbacks.map((callback) => callback.callbackId),
    callbackAccess: callbackAccessTable(api),
    messageOf: (code) => errorTable.messageOf(code),
    validation,
    ...options,
  };
}

/** The dispatcher for `api`'s functions, answering with `handlers`. */
export function specServerCore(api: Api, handlers: Record<string, Handler>, validation: Validation<string, string>, options: SpecServerOptions = {}): CmapiServerCore {
  return new CmapiServerCore(specCoreOptions(api, handlers, validation, options));
}
