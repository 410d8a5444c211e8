/// <reference lib="dom" />
/**
 * The playground page: connects to a CMAPI endpoint over WebSocket or HTTP, lists the spec's
 * functions by group (a vendor's groups marked "extension"), builds a form for a function's params,
 * validates them with the spec's validators before sending, shows every response, shows callbacks
 * as they arrive, and asks the mock to fire any callback. Bundled by esbuild (generator/playground.ts)
 * with the runtime's browser client and the validators compiled for the spec the mock serves.
 */
// The spec's compiled validators, handed to esbuild at bundling time (declared in spec-validators.d.ts).
import * as specValidators from "cmapi:validators";
import type { AccessLevel } from "../runtime/access.js";
import { CmapiClientCore, type ApiCredentials } from "../runtime/client.js";
import { httpTransport } from "../runtime/transport-http.js";
import { webSocketTransport } from "../runtime/transport-websocket.js";
import { createValidation } from "../runtime/validation.js";

export type ParamKind = { kind: "string" | "integer" | "number" | "boolean" | "json" } | { kind: "enum"; values: string[]; meanings: string[] };

export interface PlaygroundData {
  /** The spec's cmapiversion, which every request carries. */
  cmapiVersion: string;
  groups: { name: string; title: string; extension: boolean }[];
  functions: { name: string; group: string; description: string; access: AccessLevel; params: (ParamKind & { name: string; optional: boolean; example: unknown; description: string })[] }[];
  callbacks: { callbackId: string; access: AccessLevel }[];
}

/** Where the mock fires a callback on request (generator/mock/start.ts FIRE_CALLBACK_PATH). */
const FIRE_PATH = "/mock/callbacks/";

type AnyMethods = Record<string, { params: unknown; result: unknown }>;
type CmapiClient = CmapiClientCore<AnyMethods, Record<string, unknown>>;
const validation = createValidation<string, string>(specValidators);

const data = JSON.parse(document.getElementById("playground-data")!.textContent) as PlaygroundData;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let client: CmapiClient | undefined;
let current: PlaygroundData["functions"][number] | undefined;

const endpoint = $<HTMLInputElement>("endpoint");
const transport = $<HTMLSelectElement>("transport");
endpoint.value = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/cmapi`;
transport.addEventListener("change", () => {
  endpoint.value = endpoint.value.replace(/^(wss?|https?):/, (scheme) => {
    const secure = scheme === "wss:" || scheme === "https:";
    return transport.value === "http" ? (secure ? "https:" : "http:") : secure ? "wss:" : "ws:";
  });
});

function show(container: string, label: string, value: unknown): void {
  const entry = document.createElement("div");
  entry.className = "entry";
  const stage = document.createElement("div");
  stage.className = "stage";
  stage.textContent = label;
  const pre = document.createElement("pre");
  pre.textContent = JSON.stringify(value, null, 2);
  entry.append(stage, pre);
  $(container).prepend(entry);
}

/** A small label with the level a function or callback needs, coloured as in the reference. */
function accessBadge(level: AccessLevel): HTMLElement {
  const badge = document.createElement("span");
  badge.className = `access access-${level}`;
  badge.textContent = level;
  badge.title = level === "user" ? "any session" : `needs a session opened at ${level} level or above; below it the answer is 0xF0000001`;
  return badge;
}

/** The credentials panel's level and secret; the secret stays in this page's memory (and the client's). */
function credentialsFromPanel(): ApiCredentials {
  const accessLevel = $<HTMLSelectElement>("access-level").value as AccessLevel;
  const secret = $<HTMLInputElement>("secret").value;
  return { accessLevel, applicationName: "OpenCMAPI playground", ...(accessLevel !== "user" && secret !== "" ? { securityRequest: secret } : {}) };
}

function showGrant(): void {
  const grant = client?.apiGrant;
  $("granted").textContent = grant ? `session level: ${grant.accessLevel}` : "session level: user (API not opened)";
}

$("open-api").addEventListener("click", async () => {
  if (!client) return;
  try {
    const grant = await client.openApi(credentialsFromPanel());
    show("responses", "CMAPI_API_Open: granted", grant);
  } catch (error) {
    show("responses", "CMAPI_API_Open: refused", { message: (error as Error).message, code: (error as { code?: number }).code });
  }
  showGrant();
});

$("connect").addEventListener("click", async () => {
  await client?.close();
  const credentials = credentialsFromPanel();
  const options = {
    // Opened before any other call, and again after the device restarts (a new session has no grant).
    ...(credentials.accessLevel !== "user" ? { credentials } : {}),
    validation,
    onProblem: (problem: { kind: string; message: string }) => show("responses", `problem: ${problem.kind}`, problem.message),
    // The client reconnects by itself; the page shows where it stands, and a call gives up after 15 s rather than 30 minutes.
    validityPeriodMs: 15_000,
    onStateChange: (change: { state: string; resumed?: boolean; error?: Error }) => {
      $("connection").textContent = change.state === "open" ? `open${change.resumed ? " (session resumed)" : ""}` : `${change.state}${change.error ? `: ${change.error.message}` : ""}`;
    },
  };
  const chosen = transport.value === "http" ? httpTransport(endpoint.value) : webSocketTransport(endpoint.value);
  client = new CmapiClientCore<AnyMethods, Record<string, unknown>>(chosen, { ...options, cmapiVersion: data.cmapiVersion });
  try {
    // A first call shows that the endpoint answers: the version where the spec has that function.
    if (data.functions.some((fn) => fn.name === "CMAPI_API_GetVersion")) await client.call("CMAPI_API_GetVersion", {});
    else await client.waitFor("open", { timeoutMs: 15_000 });
    $("status").textContent = `connected (${transport.value})`;
    $<HTMLButtonElement>("open-api").disabled = false;
    showGrant();
    $<HTMLButtonElement>("send").disabled = current === undefined;
    $<HTMLButtonElement>("register").disabled = false;
  } catch (error) {
    $("status").textContent = `cannot connect: ${(error as Error).message}`;
  }
});

/** The functions by group, each group under its heading; a vendor's group is labelled "extension". */
function listFunctions(filter: string): void {
  const list = $("functions");
  list.replaceChildren();
  for (const group of data.groups) {
    const shown = data.functions.filter((fn) => fn.group === group.name && (!filter || fn.name.toLowerCase().includes(filter.toLowerCase())));
    if (shown.length === 0) continue;
    const heading = document.createElement("div");
    heading.className = "group";
    heading.dataset["group"] = group.name;
    heading.textContent = group.title;
    if (group.extension) {
      const label = document.createElement("span");
      label.className = "extension";
      label.textContent = "extension";
      heading.append(" ", label);
    }
    list.append(heading);
    for (const fn of shown) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = fn.name;
      if (fn.access !== "user") button.append(" ", accessBadge(fn.access));
      button.dataset["name"] = fn.name;
      if (fn === current) button.className = "selected";
      button.addEventListener("click", () => select(fn.name));
      list.append(button);
    }
  }
}
$<HTMLInputElement>("filter").addEventListener("input", (event) => listFunctions((event.target as HTMLInputElement).value));

function select(name: string): void {
  current = data.functions.find((fn) => fn.name === name)!;
  $("function-name").replaceChildren(current.name, " ", accessBadge(current.access));
  $("function-description").textContent = current.description;
  const form = $("form");
  form.replaceChildren();
  for (const param of current.params) {
    const label = document.createElement("label");
    label.textContent = param.name;
    if (param.optional) {
      const include = document.createElement("input");
      include.type = "checkbox";
      include.name = `include:${param.name}`;
      const note = document.createElement("span");
      note.className = "optional";
      note.textContent = " optional, send it:";
      label.append(note, include);
    }
    let field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (param.kind === "enum") {
      field = document.createElement("select");
      param.values.forEach((value, index) => {
        const option = new Option(value, value, false, value === param.example);
        option.title = param.meanings[index] ?? "";
        field.append(option);
      });
    } else if (param.kind === "boolean") {
      field = document.createElement("input");
      field.type = "checkbox";
      field.checked = param.example === true;
    } else if (param.kind === "json") {
      field = document.createElement("textarea");
      field.value = JSON.stringify(param.example, null, 2);
    } else {
      field = document.createElement("input");
      field.type = "text";
      field.value = param.example === undefined ? "" : String(param.example);
    }
    field.name = param.name;
    form.append(label, field);
    if (param.description) {
      // The spec's words for the param (units, limits, what absent means), as the reference has them.
      field.title = param.description;
      const help = document.createElement("small");
      help.className = "help";
      help.textContent = param.description;
      form.append(help);
    }
  }
  $("validation").textContent = "";
  $<HTMLButtonElement>("send").disabled = client === undefined;
  listFunctions($<HTMLInputElement>("filter").value);
}

/** The form's values as params; a field that cannot be read is reported instead. */
function readParams(): { params: Record<string, unknown>; problems: string[] } {
  const params: Record<string, unknown> = {};
  const problems: string[] = [];
  const form = $<HTMLFormElement>("form");
  for (const param of current!.params) {
    if (param.optional && !(form.elements.namedItem(`include:${param.name}`) as HTMLInputElement).checked) continue;
    const field = form.elements.namedItem(param.name) as HTMLInputElement;
    if (param.kind === "boolean") params[param.name] = field.checked;
    else if (param.kind === "json") {
      try {
        params[param.name] = JSON.parse(field.value);
      } catch {
        problems.push(`params.${param.name}: is not JSON`);
      }
    } else if ((param.kind === "integer" || param.kind === "number") && field.value.trim() !== "" && !Number.isNaN(Number(field.value))) params[param.name] = Number(field.value);
    else params[param.name] = field.value;
  }
  return { params, problems };
}

$("send").addEventListener("click", (event) => {
  event.preventDefault();
  if (!client || !current) return;
  const { params, problems } = readParams();
  const checked = validation.validateParams(current.name, params);
  if (problems.length > 0 || !checked.valid) {
    $("validation").textContent = [...problems, ...(checked.valid ? [] : checked.problems.map((problem) => `${problem.path}: ${problem.message}`))].join("\n");
    return;
  }
  $("validation").textContent = "";
  const name = current.name;
  client.call(name, params, (response: { cmapistatus?: string; error?: unknown }) => show("responses", `${name}: ${response.error ? "error" : (response.cmapistatus ?? "final")}`, response));
});

for (const { callbackId, access } of data.callbacks) $<HTMLSelectElement>("callback-id").append(new Option(access === "user" ? callbackId : `${callbackId} (${access})`, callbackId));
$("register").addEventListener("click", async () => {
  if (!client) return;
  const callbackId = $<HTMLSelectElement>("callback-id").value;
  try {
    await client.register(callbackId, (payload: unknown) => show("callbacks", callbackId, payload));
    const done = document.createElement("div");
    done.className = "registration";
    done.textContent = `registered: ${callbackId}`;
    $("registered").append(done);
  } catch (error) {
    show("callbacks", `cannot register ${callbackId}`, (error as Error).message);
  }
});

// Asks the mock (this page's own server) to fire the callback: to everyone registered for it, this page included once registered.
$("fire").addEventListener("click", async () => {
  const callbackId = $<HTMLSelectElement>("callback-id").value;
  try {
    const answer = await fetch(`${FIRE_PATH}${encodeURIComponent(callbackId)}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    const result = (await answer.json()) as { sent?: number; error?: string };
    $("fired").textContent = answer.ok ? `fired ${callbackId}: sent to ${result.sent} client${result.sent === 1 ? "" : "s"}` : `cannot fire ${callbackId}: ${result.error}`;
  } catch (error) {
    $("fired").textContent = `cannot fire ${callbackId}: ${(error as Error).message} (only the mock fires callbacks)`;
  }
});

listFunctions("");
