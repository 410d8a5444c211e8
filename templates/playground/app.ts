/// <reference lib="dom" />
/**
 * The playground page: connects at once to the CMAPI endpoint that serves it (WebSocket or HTTP,
 * again on each change), lists the spec's functions by group (a vendor's groups marked
 * "extension"), draws a form of the picked function's params from its schema with the JSON beside
 * it, shows the request as it will be sent with copy-as-curl and copy-as-wscat, validates with the
 * spec's validators (every error at its field) before sending, keeps a history of calls with their
 * timings, shows callbacks as they arrive, and asks the mock to fire any callback. Bundled by esbuild
 * (generator/playground.ts) with the runtime's browser client and the validators compiled for the
 * spec the mock serves.
 */
// The spec's compiled validators, handed to esbuild at bundling time (declared in spec-validators.d.ts).
import * as specValidators from "cmapi:validators";
import type { AccessLevel } from "../runtime/access.js";
import { CmapiClientCore, type ApiCredentials, type ClientTransport } from "../runtime/client.js";
import { HEADER_CLIENT, HEADER_SESSION, JSONRPC_VERSION, uuid, type CmapiRequestMessage } from "../runtime/protocol.js";
import { httpTransport } from "../runtime/transport-http.js";
import { webSocketTransport } from "../runtime/transport-websocket.js";
import { createValidation } from "../runtime/validation.js";
import type { PlaygroundData, PlaygroundFunction } from "./data.js";
import { ParamsForm, showProblems } from "./form.js";
import { curlCommand, wscatCommand } from "./commands.js";

/** Where the mock fires a callback on request (generator/mock/start.ts FIRE_CALLBACK_PATH). */
const FIRE_PATH = "/mock/callbacks/";

type AnyMethods = Record<string, { params: unknown; result: unknown }>;
type CmapiClient = CmapiClientCore<AnyMethods, Record<string, unknown>>;
type Params = Record<string, unknown>;
const validation = createValidation<string, string>(specValidators);

const data = JSON.parse(document.getElementById("playground-data")!.textContent) as PlaygroundData;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let client: CmapiClient | undefined;
let connected = false;
/** What the HTTP transport sends besides the body (its client id, the session the server named), for copy-as-curl. */
const httpHeaders: Record<string, string> = {};
/** Each request as the transport sent it, by id, for the history. */
const sent = new Map<string, CmapiRequestMessage>();

let current: PlaygroundFunction | undefined;
let params: Params = {};
const form = new ParamsForm(data.shapes, { changed: () => paramsChanged(), redraw: () => drawForm() });

// ── connection ────────────────────────────────────────────────────────────────────────────────────

const endpoint = $<HTMLInputElement>("endpoint");
const transport = $<HTMLSelectElement>("transport");
endpoint.value = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/cmapi`;
transport.addEventListener("change", () => {
  endpoint.value = endpoint.value.replace(/^(wss?|https?):/, (scheme) => {
    const secure = scheme === "wss:" || scheme === "https:";
    return transport.value === "http" ? (secure ? "https:" : "http:") : secure ? "wss:" : "ws:";
  });
  void connect();
});
endpoint.addEventListener("keydown", (event) => {
  if (event.key === "Enter") void connect();
});
$("connect").addEventListener("click", () => void connect());

/** The transport, with every request it sends kept (so the history shows the envelope as sent). */
function recording(inner: ClientTransport): ClientTransport {
  return {
    start: (events) => inner.start(events),
    send: (message) => {
      sent.set(message.id, message);
      return inner.send(message);
    },
    setListening: (listening) => inner.setListening(listening),
    close: () => inner.close(),
    ...(inner.reportsConnection !== undefined ? { reportsConnection: inner.reportsConnection } : {}),
    ...(inner.endpoint !== undefined ? { endpoint: inner.endpoint } : {}),
  };
}

/** fetch, noting the session the server names (X-Cmapi-Session) for copy-as-curl. */
const noticingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const session = response.headers.get(HEADER_SESSION);
  if (session) httpHeaders[HEADER_SESSION] = session;
  return response;
};

function setStatus(text: string, ok: boolean): void {
  connected = ok;
  $("status").textContent = text;
  $("status").className = ok ? "ok" : "";
  updateSendNote();
}

let attempt = 0;
async function connect(): Promise<void> {
  const mine = ++attempt;
  const previous = client;
  client = undefined;
  setStatus("connecting…", false);
  $<HTMLButtonElement>("open-api").disabled = true;
  $<HTMLButtonElement>("register").disabled = true;
  $("registered").replaceChildren();
  await previous?.close();
  const credentials = credentialsFromPanel();
  const clientId = uuid();
  for (const name of Object.keys(httpHeaders)) delete httpHeaders[name];
  // What the browser adds: a session belongs to the Origin that started it (server-http-sessions.ts).
  httpHeaders["Origin"] = location.origin;
  httpHeaders[HEADER_CLIENT] = clientId;
  const chosen = recording(transport.value === "http" ? httpTransport(endpoint.value, { clientId, fetch: noticingFetch }) : webSocketTransport(endpoint.value));
  const next: CmapiClient = new CmapiClientCore<AnyMethods, Record<string, unknown>>(chosen, {
    cmapiVersion: data.cmapiVersion,
    // Opened before any other call, and again after the device restarts (a new session has no grant).
    ...(credentials.accessLevel !== "user" ? { credentials } : {}),
    validation,
    onProblem: (problem: { kind: string; message: string }) => show("responses", `problem: ${problem.kind}`, problem.message),
    // The client reconnects by itself; the page shows where it stands, and a call gives up after 15 s rather than 30 minutes.
    validityPeriodMs: 15_000,
    onStateChange: (change: { state: string; resumed?: boolean; error?: Error }) => {
      if (client !== next) return;
      $("connection").textContent = change.state === "open" ? `open${change.resumed ? " (session resumed)" : ""}` : `${change.state}${change.error ? `: ${change.error.message}` : ""}`;
      if (change.state === "open") setStatus(`connected (${transport.value})`, true);
      else if (connected) setStatus(`not connected: ${change.state}${change.error ? ` (${change.error.message})` : ""}`, false);
    },
  });
  client = next;
  try {
    // A first call shows that the endpoint answers: the version where the spec has that function.
    if (data.functions.some((fn) => fn.name === "CMAPI_API_GetVersion")) await next.call("CMAPI_API_GetVersion", {});
    else await next.waitFor("open", { timeoutMs: 15_000 });
    if (mine !== attempt) return;
    setStatus(`connected (${transport.value})`, true);
    $<HTMLButtonElement>("open-api").disabled = false;
    $<HTMLButtonElement>("register").disabled = false;
    showGrant();
  } catch (error) {
    if (mine === attempt) setStatus(`cannot connect: ${(error as Error).message}`, false);
  }
  updateRequest();
}

// ── credentials ───────────────────────────────────────────────────────────────────────────────────

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

// ── the list of functions ─────────────────────────────────────────────────────────────────────────

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
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = fn.name;
      button.append(name);
      button.title = fn.name;
      if (fn.access !== "user") button.append(" ", accessBadge(fn.access));
      button.dataset["name"] = fn.name;
      if (fn === current) {
        button.className = "selected";
        button.setAttribute("aria-current", "true");
      }
      button.addEventListener("click", () => select(fn.name, { reveal: true }));
      list.append(button);
    }
  }
}
$<HTMLInputElement>("filter").addEventListener("input", (event) => listFunctions((event.target as HTMLInputElement).value));

/** The function as the form shows it: the spec's example params, its optional ones left out until ticked. */
function startingParams(fn: PlaygroundFunction): Params {
  return Object.fromEntries(fn.params.filter((param) => param.required && param.name in fn.example).map((param) => [param.name, structuredClone(fn.example[param.name])]));
}

/**
 * Picks a function: its form, its JSON, the request it would send, and the URL's fragment.
 * `reveal`: the form is scrolled into view (on a phone it sits below the list) and gets the focus.
 */
function select(name: string, options: { reveal?: boolean; params?: Params } = {}): boolean {
  const fn = data.functions.find((candidate) => candidate.name === name);
  if (!fn) return false;
  current = fn;
  params = options.params ? structuredClone(options.params) : startingParams(fn);
  const heading = $("function-name");
  heading.replaceChildren(fn.name, " ", accessBadge(fn.access));
  heading.title = fn.name;
  $("function-description").textContent = fn.description;
  drawForm();
  $("validation").replaceChildren();
  updateSendNote();
  if (location.hash !== `#${fn.name}`) history.replaceState(null, "", `#${fn.name}`);
  listFunctions($<HTMLInputElement>("filter").value);
  if (options.reveal) {
    heading.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  }
  return true;
}

// On a phone the list is above the form: back to the picked function's place in it.
$("back-to-list").addEventListener("click", () => {
  const button = current ? document.querySelector<HTMLElement>(`#functions button[data-name="${CSS.escape(current.name)}"]`) : null;
  (button ?? $("filter")).scrollIntoView({ block: "center" });
  (button ?? $("filter")).focus({ preventScroll: true });
});

window.addEventListener("hashchange", () => {
  const name = decodeURIComponent(location.hash.slice(1));
  if (name !== current?.name) select(name, { reveal: true });
});

// ── the form, its JSON, and the request ───────────────────────────────────────────────────────────

const jsonArea = $<HTMLTextAreaElement>("params-json");

function drawForm(): void {
  if (!current) return;
  const focused = document.activeElement?.id;
  form.draw($("form"), current.params, params, current.example);
  if (focused) document.getElementById(focused)?.focus();
  paramsChanged();
}

/** The params changed in the form: the JSON and the request follow (the JSON is left alone while it is being typed). */
function paramsChanged(): void {
  if (document.activeElement !== jsonArea) jsonArea.value = JSON.stringify(params, null, 2);
  updateRequest();
}

jsonArea.addEventListener("input", () => {
  try {
    const parsed: unknown = JSON.parse(jsonArea.value);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("the params are an object: { ... }");
    params = parsed as Params;
    $("json-problem").textContent = "";
    jsonArea.removeAttribute("aria-invalid");
    drawForm();
  } catch (error) {
    $("json-problem").textContent = `not read: ${(error as Error).message}`;
    jsonArea.setAttribute("aria-invalid", "true");
  }
});
jsonArea.addEventListener("blur", () => {
  if (!jsonArea.hasAttribute("aria-invalid")) jsonArea.value = JSON.stringify(params, null, 2);
});

/** The envelope a call of the current function would send now; the client gives each call a new id. */
function requestNow(): CmapiRequestMessage | undefined {
  return current ? { jsonrpc: JSONRPC_VERSION, cmapiversion: data.cmapiVersion, method: current.name, id: uuid(), params } : undefined;
}

function updateRequest(): void {
  const request = requestNow();
  $("request").textContent = request ? JSON.stringify({ ...request, id: "(a new UUID for each call)" }, null, 2) : "Pick a function to see its request.";
  $<HTMLButtonElement>("copy-command").disabled = request === undefined;
  $("copy-command").textContent = transport.value === "http" ? "Copy as curl" : "Copy as wscat";
  $("command").textContent = request ? command(request) : "";
}

function command(request: CmapiRequestMessage): string {
  return transport.value === "http" ? curlCommand(endpoint.value, httpHeaders, request) : wscatCommand(endpoint.value, request);
}

$("copy-command").addEventListener("click", async () => {
  const request = requestNow();
  if (!request) return;
  const text = command(request);
  $("command").textContent = text;
  try {
    await navigator.clipboard.writeText(text);
    $("copied").textContent = `copied the ${transport.value === "http" ? "curl" : "wscat"} command`;
  } catch (error) {
    // Without clipboard access (an http: page on another host), the command is there to select.
    $("copied").textContent = `cannot copy (${(error as Error).message}): select the command below`;
  }
});

// ── sending, and the history ──────────────────────────────────────────────────────────────────────

function updateSendNote(): void {
  const send = $<HTMLButtonElement>("send");
  send.disabled = current === undefined;
  $("send-note").textContent = current === undefined ? "Pick a function to send it." : connected ? "" : `Not connected yet: ${$("status").textContent}.`;
}

interface HistoryEntry {
  name: string;
  params: Params;
  request: CmapiRequestMessage | undefined;
  outcome: "pending" | "success" | "error";
  ms: number | undefined;
  detail: string;
}
const calls: HistoryEntry[] = [];

function drawHistory(): void {
  const list = $("history");
  list.replaceChildren(
    ...calls.map((entry, index) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = `call call-${entry.outcome}`;
      button.title = `restore this call: ${entry.name} with its params`;
      const outcome = document.createElement("span");
      outcome.className = "outcome";
      outcome.textContent = entry.outcome;
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = entry.name;
      const ms = document.createElement("span");
      ms.className = "ms";
      ms.textContent = entry.ms === undefined ? "…" : `${entry.ms} ms`;
      button.append(outcome, " ", name, " ", ms);
      if (entry.detail) {
        const detail = document.createElement("span");
        detail.className = "detail";
        detail.textContent = entry.detail;
        button.append(detail);
      }
      button.addEventListener("click", () => restore(index));
      item.append(button);
      return item;
    }),
  );
}

function restore(index: number): void {
  const entry = calls[index]!;
  select(entry.name, { params: entry.params, reveal: true });
  $("request-sent").textContent = entry.request ? JSON.stringify(entry.request, null, 2) : "";
}

$("send").addEventListener("click", (event) => {
  event.preventDefault();
  if (!current) return;
  const name = current.name;
  const unreadable = [...form.unreadable].map(([path, message]) => ({ path: `params.${path}`, message }));
  const checked = validation.validateParams(name, params);
  const problems = [...unreadable, ...(checked.valid ? [] : checked.problems)];
  const placed = showProblems($("form"), problems);
  const shown = problems.filter((problem) => !placed.otherAlternatives.includes(problem));
  $("validation").replaceChildren(
    ...shown.map((problem) => {
      const item = document.createElement("li");
      item.textContent = `${problem.path}: ${problem.message}`;
      return item;
    }),
  );
  if (problems.length > 0) return;
  if (!client || !connected) {
    updateSendNote();
    $("send-note").textContent = `Not sent: not connected (${$("status").textContent}).`;
    return;
  }
  const entry: HistoryEntry = { name, params: structuredClone(params), request: undefined, outcome: "pending", ms: undefined, detail: "" };
  calls.unshift(entry);
  const started = performance.now();
  const id = client.call(name, structuredClone(params), (response: { cmapistatus?: string; error?: { code?: number; message?: string } }) => {
    show("responses", `${name}: ${response.error ? "error" : (response.cmapistatus ?? "final")}`, response);
    if (response.cmapistatus !== undefined && !response.error) return;
    entry.ms = Math.round(performance.now() - started);
    entry.outcome = response.error ? "error" : "success";
    entry.detail = response.error ? `${response.error.code !== undefined ? `0x${(response.error.code >>> 0).toString(16).toUpperCase().padStart(8, "0")} ` : ""}${response.error.message ?? ""}` : "";
    drawHistory();
  });
  entry.request = sent.get(id);
  $("request-sent").textContent = entry.request ? JSON.stringify(entry.request, null, 2) : "";
  drawHistory();
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

// ── callbacks ─────────────────────────────────────────────────────────────────────────────────────

for (const { callbackId, access } of data.callbacks) $<HTMLSelectElement>("callback-id").append(new Option(access === "user" ? callbackId : `${callbackId} (${access})`, callbackId));
$("register").addEventListener("click", async () => {
  if (!client) return;
  const callbackId = $<HTMLSelectElement>("callback-id").value;
  try {
    await client.register(callbackId, (payload: unknown) => show("callbacks", `${new Date().toLocaleTimeString()} ${callbackId}`, payload));
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
$("clear-callbacks").addEventListener("click", () => $("callbacks").replaceChildren());

// ── start ─────────────────────────────────────────────────────────────────────────────────────────

listFunctions("");
// A link to `/playground/#CMAPI_Group_Function` (the reference's "try it") opens that function.
if (!select(decodeURIComponent(location.hash.slice(1)))) updateSendNote();
else {
  updateSendNote();
  document.querySelector(`#functions button[data-name="${CSS.escape(current!.name)}"]`)?.scrollIntoView({ block: "nearest" });
}
updateRequest();
void connect();
