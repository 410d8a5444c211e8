/**
 * Validation at run time with the validators that opencmapi-gen compiled ahead of time (ajv
 * standalone code: no eval, no new Function). Turns ajv's errors into sentences that say which
 * field and what was expected. Carried verbatim into generated/runtime/.
 */

/** The shape of one ajv error, as the compiled validators report it. */
export interface ValidatorError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled validator: returns whether the data is valid and leaves its errors on itself. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidatorError[] | null;
}

export interface ValidatorTables<M extends string, C extends string> {
  requestEnvelope: CompiledValidator;
  responseEnvelope: CompiledValidator;
  callbackEnvelope: CompiledValidator;
  paramsValidators: { readonly [method in M]: CompiledValidator };
  resultValidators: { readonly [method in M]: CompiledValidator };
  payloadValidators: { readonly [callbackId in C]: CompiledValidator };
}

export interface ValidationProblem {
  /** Where, as a property path: "params.profile.apn", "result.RFInfoList[0].Radio"; "" for the message itself. */
  path: string;
  /** What was expected. */
  message: string;
}

export type ValidationResult = { valid: true } | { valid: false; problems: ValidationProblem[]; text: string };

const VALID: ValidationResult = { valid: true };

/** "/params/list/0/name" → "params.list[0].name" */
function propertyPath(prefix: string, instancePath: string): string {
  let path = prefix;
  for (const raw of instancePath.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path += /^\d+$/.test(part) ? `[${part}]` : path === "" ? part : `.${part}`;
  }
  return path;
}

function join(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

/** One ajv error as a sentence about one field. */
export function describeError(error: ValidatorError, prefix = ""): ValidationProblem {
  const path = propertyPath(prefix, error.instancePath);
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return { path: join(path, String(params["missingProperty"])), message: "is required but missing" };
    case "additionalProperties":
      return { path: join(path, String(params["additionalProperty"])), message: "is not a known property here" };
    case "type":
      return { path, message: `must be ${params["type"] === "integer" ? "an integer" : `of type ${String(params["type"])}`}` };
    case "const":
      return { path, message: `must be ${JSON.stringify(params["allowedValue"])}` };
    case "enum":
      return { path, message: `must be one of ${(params["allowedValues"] as unknown[]).map((value) => JSON.stringify(value)).join(", ")}` };
    case "pattern":
      return { path, message: `must match the pattern ${String(params["pattern"])}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path, message: `must be ${String(params["comparison"])} ${String(params["limit"])}` };
    case "minLength":
    case "maxLength":
      return { path, message: `must be ${error.keyword === "minLength" ? "at least" : "at most"} ${String(params["limit"])} characters long` };
    // The spec's own keyword (opencmapi-gen's MAX_BYTES_KEYWORD): an SSID's 32 bytes.
    case "x-cmapi-max-bytes":
      return { path, message: `must be at most ${String(params["limit"])} bytes in UTF-8` };
    case "oneOf":
      return { path, message: path === "" ? "must have exactly one of result and error" : "must match exactly one of the allowed forms" };
    case "anyOf":
      return { path, message: "matches none of the allowed forms" };
    default:
      return { path, message: error.message ?? `fails the ${error.keyword} check` };
  }
}

function problemsOf(validator: CompiledValidator, prefix: string): ValidationProblem[] {
  const errors = validator.errors ?? [];
  if (errors.length === 0) return [{ path: prefix, message: "is not valid" }];
  return errors.map((error) => describeError(error, prefix));
}

function invalid(problems: ValidationProblem[]): ValidationResult {
  const text = problems.map((problem) => (problem.path === "" ? problem.message : `${problem.path}: ${problem.message}`)).join("; ");
  return { valid: false, problems, text };
}

function run(validator: CompiledValidator, data: unknown, prefix: string): ValidationResult {
  return validator(data) ? VALID : invalid(problemsOf(validator, prefix));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Each function answers `{ valid: true }` or the problems, each naming a field and what was expected. */
export interface Validation<M extends string, C extends string> {
  validateRequest(message: unknown): ValidationResult;
  validateParams(method: M, params: unknown): ValidationResult;
  validateResponse(method: M, message: unknown): ValidationResult;
  validateResult(method: M, result: unknown): ValidationResult;
  validateCallback(message: unknown): ValidationResult;
  validatePayload(callbackId: C, payload: unknown): ValidationResult;
}

/** The validation functions over a set of compiled validators. */
export function createValidation<M extends string, C extends string>(tables: ValidatorTables<M, C>): Validation<M, C> {
  const hasMethod = (method: unknown): method is M => typeof method === "string" && Object.prototype.hasOwnProperty.call(tables.paramsValidators, method);
  const hasCallback = (id: unknown): id is C => typeof id === "string" && Object.prototype.hasOwnProperty.call(tables.payloadValidators, id);

  return {
    /** A whole request message: the envelope of Table 1, then its method's params. */
    validateRequest(message: unknown): ValidationResult {
      const envelope = run(tables.requestEnvelope, message, "");
      if (!envelope.valid || !isObject(message)) return envelope;
      if (!hasMethod(message["method"])) return invalid([{ path: "method", message: `is not a CMAPI function: ${JSON.stringify(message["method"])}` }]);
      return run(tables.paramsValidators[message["method"]], message["params"], "params");
    },
    /** The params of one function. */
    validateParams(method: M, params: unknown): ValidationResult {
      return run(tables.paramsValidators[method], params, "params");
    },
    /**
     * A whole response message to a call of `method`: the envelope of Table 2, then the result if
     * any (an interim response, marked by cmapistatus "received" or "processing", has an empty one).
     */
    validateResponse(method: M, message: unknown): ValidationResult {
      const envelope = run(tables.responseEnvelope, message, "");
      if (!envelope.valid || !isObject(message) || message["result"] === undefined) return envelope;
      if (message["cmapistatus"] === "received" || message["cmapistatus"] === "processing") return envelope;
      return run(tables.resultValidators[method], message["result"], "result");
    },
    /** The result of one function. */
    validateResult(method: M, result: unknown): ValidationResult {
      return run(tables.resultValidators[method], result, "result");
    },
    /** A whole callback message: the envelope of Table 3, then its payload if any. */
    validateCallback(message: unknown): ValidationResult {
      const envelope = run(tables.callbackEnvelope, message, "");
      if (!envelope.valid || !isObject(message) || message["result"] === undefined) return envelope;
      if (!hasCallback(message["callbackId"])) return invalid([{ path: "callbackId", message: `is not a CMAPI callback: ${JSON.stringify(message["callbackId"])}` }]);
      return run(tables.payloadValidators[message["callbackId"]], message["result"], "result");
    },
    /** The payload (result) of one callback. */
    validatePayload(callbackId: C, payload: unknown): ValidationResult {
      return run(tables.payloadValidators[callbackId], payload, "result");
    },
  };
}
