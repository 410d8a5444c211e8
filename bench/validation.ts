/**
 * Messages validated per second: the generated standalone validators against ajv compiling the
 * same schemas at run time (the usual way), on the same messages in the same run.
 * Run: npx tsx bench/validation.ts [runs]
 */
import { validateRequest } from "../generated/validation.js";
import { paramsValidators, requestEnvelope } from "../generated/validators.js";
import { exampleRequest } from "../generator/emit/examples.js";
import { loadApi } from "../generator/load.js";
import { createSpecAjv, definitionValidator } from "../generator/model/schema-ajv.js";
import { median } from "./support.js";

const runs = Number(process.argv[2] ?? 5);
const api = await loadApi();
const messages = ["CMAPI_Network_GetRFInfo", "CMAPI_WLAN_AddKnownNetwork", "CMAPI_Cellular_CreateProfile", "CMAPI_SMS_Send"].map((name, index) =>
  exampleRequest(
    api,
    api.methods.find((method) => method.name === name)!,
    index,
  ),
);

// ajv at run time: compiled once, up front, as an app would; compile time is not counted.
const ajv = createSpecAjv(api, { allErrors: false });
const envelope = definitionValidator(ajv, "CmapiRequest");
const params = new Map(messages.map((message) => [message.method, definitionValidator(ajv, `${message.method}.params`)]));
const runtimeValidate = (message: (typeof messages)[number]) => envelope(message) && params.get(message.method)!(message.params);

function rate(validate: (message: (typeof messages)[number]) => boolean): number {
  const iterations = 200_000;
  const started = performance.now();
  for (let n = 0; n < iterations; n++) if (!validate(messages[n % messages.length]!)) throw new Error("an example did not validate");
  return iterations / ((performance.now() - started) / 1000);
}

const standaloneValidate = (message: (typeof messages)[number]) => requestEnvelope(message) && paramsValidators[message.method as keyof typeof paramsValidators](message.params);

const standalone: number[] = [];
const runtime: number[] = [];
const wrapped: number[] = [];
for (let run = 0; run < runs; run++) {
  standalone.push(rate(standaloneValidate));
  runtime.push(rate(runtimeValidate));
  wrapped.push(rate((message) => validateRequest(message).valid));
}
const [ours, theirs, readable] = [median(standalone), median(runtime), median(wrapped)];
console.log(`request validation (envelope + params), ${messages.length} kinds of message, median of ${runs} runs`);
console.log(`  generated standalone validators            ${(ours / 1e6).toFixed(2)} M messages/s`);
console.log(`  ajv compiled at run time, same schemas      ${(theirs / 1e6).toFixed(2)} M messages/s`);
console.log(`  validateRequest (standalone + readable-error layer) ${(readable / 1e6).toFixed(2)} M messages/s`);
console.log(`  generated / run-time = ${(ours / theirs).toFixed(2)}`);
