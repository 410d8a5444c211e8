/// <reference lib="dom" />
/**
 * The params form of the playground, drawn from a function's form description (data.ts) over one
 * value, the params object: each field writes its part of that value, so the JSON beside the form is
 * that value printed, and JSON typed there is drawn again as the form. Lists add and remove items,
 * unions pick an alternative, an optional member is sent only when ticked (shown greyed with its
 * default or example meanwhile). Each field sits under `data-path`, the path the validators name
 * ("profile.apn", "list[0].name"), so that every error is shown at its field.
 */
import type { ValidationProblem } from "../runtime/validation.js";
import type { FormNode, FormProperty } from "./data.js";

type Key = string | number;
type Json = Record<string, unknown>;

export interface FormEvents {
  /** A field changed the value. */
  changed(): void;
  /** The form's structure changed (an item added, an alternative picked): draw it again. */
  redraw(): void;
}

/** "list", 0, "name" → "list[0].name", as runtime/validation.ts names a field. */
export function pathText(keys: readonly Key[]): string {
  return keys.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text === "" ? key : `${text}.${key}`), "");
}

/** An id for the element of a field (ids allow any character but spaces; these stay readable in tests). */
const fieldId = (keys: readonly Key[]) => `field-${pathText(keys) || "params"}`;

const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

export class ParamsForm {
  /** Fields whose text is not yet a value (JSON that does not parse), by path: Send refuses while any is left. */
  readonly unreadable = new Map<string, string>();
  /** The alternative picked for each union, by path, when the value alone does not tell. */
  private readonly picked = new Map<string, number>();
  /** While drawing, a field that fills an absent part of the value (a seed) does not count as an edit. */
  private drawing = false;

  constructor(
    private readonly shapes: Record<string, FormNode>,
    private readonly events: FormEvents,
  ) {}

  /** The value a new item, a newly ticked member or a newly picked alternative starts with: its default, else the simplest that fits. */
  seed(node: FormNode): unknown {
    if (node.default) return structuredClone(node.default.value);
    switch (node.kind) {
      case "string":
        return "";
      case "integer":
      case "number":
        return 0;
      case "boolean":
        return false;
      case "null":
        return null;
      case "enum":
        return node.values[0];
      case "const":
        return node.value;
      case "object":
        return Object.fromEntries(node.properties.filter((property) => property.required).map((property) => [property.name, this.seed(property.node)]));
      case "array":
        return Array.from({ length: node.minItems }, () => this.seed(node.items));
      case "union":
        return this.seed(node.alternatives[0]!.node);
      case "ref":
        return this.seed(this.shapes[node.name]!);
      case "json":
        return {};
    }
  }

  /** Draws the params `value` (changed in place as the fields are edited) into `container`. */
  draw(container: HTMLElement, properties: readonly FormProperty[], value: Json, examples: Json): void {
    this.unreadable.clear();
    this.drawing = true;
    try {
      container.replaceChildren(...properties.map((property) => this.member(property, value, [], examples[property.name])));
    } finally {
      this.drawing = false;
    }
  }

  /** A member of an object: its field, and for an optional one the box that says whether it is sent. */
  private member(property: FormProperty, owner: Json, parent: readonly Key[], example?: unknown): HTMLElement {
    const keys = [...parent, property.name];
    const present = property.name in owner;
    // An absent optional member is drawn over a stand-in value, disabled, so its default or example is seen.
    const standIn: Json = { [property.name]: example !== undefined ? example : this.seed(property.node) };
    const holder = present || property.required ? owner : standIn;
    const field = this.field(property.node, holder, property.name, keys, property.name);
    if (property.required) return field;
    const wrapper = document.createElement("fieldset");
    wrapper.className = "optional-member";
    wrapper.disabled = !present;
    const legend = document.createElement("legend");
    const include = document.createElement("input");
    include.type = "checkbox";
    include.id = `include-${pathText(keys)}`;
    include.name = `include:${pathText(keys)}`;
    include.checked = present;
    include.addEventListener("change", () => {
      if (include.checked) owner[property.name] = standIn[property.name];
      else delete owner[property.name];
      this.events.redraw();
    });
    const includeLabel = document.createElement("label");
    includeLabel.htmlFor = include.id;
    includeLabel.textContent = `send ${property.name} (optional)`;
    legend.append(include, " ", includeLabel);
    // A disabled fieldset leaves the controls of its legend enabled: the box stays usable.
    wrapper.append(legend, field);
    return wrapper;
  }

  /** The field for `owner[key]` of this node, under `data-path`. */
  private field(node: FormNode, owner: Json | unknown[], key: Key, keys: readonly Key[], label: string): HTMLElement {
    const shape = node.kind === "ref" ? { ...this.shapes[node.name]!, description: node.description || this.shapes[node.name]!.description, ...(node.default ? { default: node.default } : {}) } : node;
    const get = () => (owner as Record<Key, unknown>)[key];
    const set = (value: unknown) => {
      (owner as Record<Key, unknown>)[key] = value;
      if (!this.drawing) this.events.changed();
    };
    const box = document.createElement("div");
    box.className = "field";
    box.dataset["path"] = pathText(keys);
    const id = fieldId(keys);
    const heading = (text: string) => {
      const element = document.createElement("label");
      element.htmlFor = id;
      element.textContent = text;
      return element;
    };
    const current = get();
    // A value of another shape (typed in the JSON) is shown as it is, as JSON, not replaced.
    const misfit = current !== undefined && ((shape.kind === "object" && !isRecord(current)) || (shape.kind === "array" && !Array.isArray(current)));
    if (shape.kind === "union" && !misfit) box.classList.add("union");
    switch (misfit ? "json" : shape.kind) {
      case "object":
      case "array":
      case "union":
        box.append(this.group(shape as FormNode & { kind: "object" | "array" | "union" }, get, set, keys, label));
        break;
      case "json":
        box.append(heading(label), this.input({ kind: "json", description: "" }, get, set, keys, id));
        break;
      default:
        box.append(heading(label), this.input(shape, get, set, keys, id));
    }
    if (shape.description) {
      const help = document.createElement("small");
      help.className = "help";
      help.id = `help-${pathText(keys)}`;
      help.textContent = shape.description;
      box.append(help);
      // The first control's description, for a screen reader and on hover.
      const control = box.querySelector<HTMLElement>("input, select, textarea");
      if (control) {
        control.title = shape.description;
        control.setAttribute("aria-describedby", [control.getAttribute("aria-describedby"), help.id].filter(Boolean).join(" "));
      }
    }
    const errors = document.createElement("ul");
    errors.className = "field-errors";
    errors.id = `errors-${pathText(keys)}`;
    box.append(errors);
    return box;
  }

  /** An object, a list or a union: a fieldset of its parts. */
  private group(node: FormNode & { kind: "object" | "array" | "union" }, get: () => unknown, set: (value: unknown) => void, keys: readonly Key[], label: string): HTMLElement {
    const fieldset = document.createElement("fieldset");
    fieldset.className = `group-${node.kind}`;
    const legend = document.createElement("legend");
    legend.textContent = label;
    fieldset.append(legend);
    if (node.kind === "object") {
      const current = get();
      const owner = isRecord(current) ? current : (this.seed(node) as Json);
      if (!isRecord(current)) set(owner);
      fieldset.append(...node.properties.map((property) => this.member(property, owner, keys)));
    } else if (node.kind === "array") {
      const current = get();
      const items = Array.isArray(current) ? current : [];
      if (!Array.isArray(current)) set(items);
      items.forEach((_, index) => {
        const item = document.createElement("div");
        item.className = "item";
        item.append(this.field(node.items, items, index, [...keys, index], `${label}[${index}]`));
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "secondary";
        remove.textContent = "Remove";
        remove.setAttribute("aria-label", `Remove ${pathText([...keys, index])}`);
        remove.addEventListener("click", () => {
          items.splice(index, 1);
          this.events.redraw();
        });
        item.append(remove);
        fieldset.append(item);
      });
      const add = document.createElement("button");
      add.type = "button";
      add.className = "secondary add";
      add.id = `add-${pathText(keys)}`;
      add.textContent = `Add an item to ${label}`;
      add.addEventListener("click", () => {
        items.push(this.seed(node.items));
        this.events.redraw();
        document.getElementById(fieldId([...keys, items.length - 1]))?.focus();
      });
      fieldset.append(add);
    } else {
      const path = pathText(keys);
      // The alternative picked, while the value is of it (JSON typed beside may make it another).
      const picked = this.picked.get(path);
      const chosen =
        picked !== undefined && this.fits(node.alternatives[picked]!.node, get())
          ? picked
          : this.fitting(
              node.alternatives.map((alternative) => alternative.node),
              get(),
            );
      const picker = document.createElement("select");
      picker.id = `${fieldId(keys)}-form`;
      picker.className = "alternative";
      picker.setAttribute("aria-label", `${label}: which form`);
      node.alternatives.forEach((alternative, index) => picker.append(new Option(alternative.label, String(index), false, index === chosen)));
      picker.addEventListener("change", () => {
        const index = Number(picker.value);
        this.picked.set(path, index);
        set(this.seed(node.alternatives[index]!.node));
        this.events.redraw();
        document.getElementById(fieldId(keys))?.focus();
      });
      // The alternative's field reads and writes the union's place in the value, under the same path.
      const slot = {
        get value() {
          return get();
        },
        set value(value: unknown) {
          set(value);
        },
      };
      const inner = this.field(node.alternatives[chosen]!.node, slot, "value", keys, `${label} (${node.alternatives[chosen]!.label})`);
      fieldset.append(picker, inner);
    }
    return fieldset;
  }

  /** The first alternative the value is of (by JSON type, and for objects by their const members), else the first. */
  private fitting(alternatives: readonly FormNode[], value: unknown): number {
    const index = alternatives.findIndex((alternative) => this.fits(alternative, value));
    return index < 0 ? 0 : index;
  }

  private fits(node: FormNode, value: unknown): boolean {
    switch (node.kind) {
      case "ref":
        return this.fits(this.shapes[node.name]!, value);
      case "string":
        return typeof value === "string";
      case "integer":
        return Number.isInteger(value);
      case "number":
        return typeof value === "number";
      case "boolean":
        return typeof value === "boolean";
      case "null":
        return value === null;
      case "enum":
        return node.values.includes(value);
      case "const":
        return JSON.stringify(node.value) === JSON.stringify(value);
      case "array":
        return Array.isArray(value);
      case "object": {
        // Of this shape: its required members there, no member it does not name, its consts matched.
        if (!isRecord(value)) return false;
        const names = new Set(node.properties.map((property) => property.name));
        return (
          Object.keys(value).every((name) => names.has(name)) &&
          node.properties.every((property) => (property.name in value ? this.resolve(property.node).kind !== "const" || this.fits(property.node, value[property.name]) : !property.required))
        );
      }
      case "union":
        return node.alternatives.some((alternative) => this.fits(alternative.node, value));
      case "json":
        return true;
    }
  }

  private resolve(node: FormNode): FormNode {
    return node.kind === "ref" ? this.resolve(this.shapes[node.name]!) : node;
  }

  /** A field for one value typed or chosen. */
  private input(node: FormNode, get: () => unknown, set: (value: unknown) => void, keys: readonly Key[], id: string): HTMLElement {
    const name = pathText(keys);
    if (node.kind === "enum") {
      const select = document.createElement("select");
      select.id = id;
      select.name = name;
      const current = get();
      node.values.forEach((value, index) => {
        const meaning = node.meanings[index];
        const option = new Option(typeof value === "string" ? value : JSON.stringify(value), String(index), false, value === current);
        if (meaning) option.title = meaning;
        select.append(option);
      });
      // The chosen value's meaning, beside the choice (an option's title is not shown by every browser).
      const meaning = document.createElement("small");
      meaning.className = "meaning";
      meaning.id = `meaning-${name}`;
      const showMeaning = () => (meaning.textContent = node.meanings[Number(select.value)] ?? "");
      select.setAttribute("aria-describedby", meaning.id);
      select.addEventListener("change", () => {
        set(node.values[Number(select.value)]);
        showMeaning();
      });
      showMeaning();
      const wrap = document.createElement("div");
      wrap.append(select, meaning);
      return wrap;
    }
    if (node.kind === "boolean") {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = id;
      box.name = name;
      box.checked = get() === true;
      box.addEventListener("change", () => set(box.checked));
      return box;
    }
    if (node.kind === "const" || node.kind === "null") {
      const value = node.kind === "const" ? node.value : null;
      const fixed = document.createElement("output");
      fixed.id = id;
      fixed.textContent = JSON.stringify(value);
      if (get() === undefined) set(value);
      return fixed;
    }
    if (node.kind === "json") {
      const area = document.createElement("textarea");
      area.id = id;
      area.name = name;
      area.value = JSON.stringify(get() ?? null, null, 2);
      area.addEventListener("input", () => {
        try {
          set(JSON.parse(area.value));
          this.unreadable.delete(name);
        } catch (error) {
          this.unreadable.set(name, `is not JSON: ${(error as Error).message}`);
          this.events.changed();
        }
      });
      return area;
    }
    const text = document.createElement("input");
    text.type = "text";
    text.id = id;
    text.name = name;
    const numeric = node.kind === "integer" || node.kind === "number";
    if (numeric) text.inputMode = node.kind === "integer" ? "numeric" : "decimal";
    const current = get();
    text.value = current === undefined ? "" : String(current);
    // A number that does not read as one is sent as typed, so the validators say what is wrong with it.
    text.addEventListener("input", () => set(numeric && text.value.trim() !== "" && !Number.isNaN(Number(text.value)) ? Number(text.value) : text.value));
    return text;
  }
}

/** What runtime/validation.ts says of a union no alternative of which fits. */
const NO_ALTERNATIVE = new Set(["matches none of the allowed forms", "must match exactly one of the allowed forms"]);

export interface Placed {
  /** Problems no field took (about the params object itself). */
  unplaced: ValidationProblem[];
  /** Problems about an alternative of a union other than the one drawn: not shown. */
  otherAlternatives: ValidationProblem[];
}

/**
 * Shows each problem at the field its path names (or the nearest drawn field above it). The
 * validators try every alternative of a union and report each one's failures: at a union's own path
 * only the "none fits" is kept, and a problem under a union that no drawn field takes is about an
 * alternative not drawn.
 */
export function showProblems(container: HTMLElement, problems: readonly ValidationProblem[]): Placed {
  container.querySelectorAll(".field-errors").forEach((list) => list.replaceChildren());
  container.querySelectorAll("[aria-invalid]").forEach((control) => control.removeAttribute("aria-invalid"));
  const unionPaths = new Set(problems.filter((problem) => NO_ALTERNATIVE.has(problem.message)).map((problem) => problem.path));
  const placed: Placed = { unplaced: [], otherAlternatives: [] };
  for (const problem of problems) {
    if (unionPaths.has(problem.path) && !NO_ALTERNATIVE.has(problem.message)) {
      placed.otherAlternatives.push(problem);
      continue;
    }
    const wanted = problem.path.replace(/^params\.?/, "");
    let path = wanted;
    let box: HTMLElement | null = null;
    while (box === null && path !== "") {
      box = container.querySelector<HTMLElement>(`.field[data-path="${CSS.escape(path)}"]`);
      if (box === null) path = path.replace(/(\.[^.[]+|\[\d+\]|^[^.[]+)$/, "");
    }
    if (box === null) {
      placed.unplaced.push(problem);
      continue;
    }
    // Under a union: a member the drawn alternative has is known, whatever another alternative says.
    const underUnion = [...unionPaths].some((union) => problem.path.startsWith(`${union}.`) || problem.path.startsWith(`${union}[`));
    if ((path !== wanted && box.classList.contains("union")) || (underUnion && path === wanted && problem.message === "is not a known property here")) {
      placed.otherAlternatives.push(problem);
      continue;
    }
    const item = document.createElement("li");
    item.textContent = path === wanted ? problem.message : `${wanted}: ${problem.message}`;
    const list = box.querySelector(":scope > .field-errors")!;
    list.append(item);
    const control = box.querySelector<HTMLElement>("input, select, textarea");
    if (control) {
      control.setAttribute("aria-invalid", "true");
      if (!(control.getAttribute("aria-describedby") ?? "").includes(list.id)) control.setAttribute("aria-describedby", [control.getAttribute("aria-describedby"), list.id].filter(Boolean).join(" "));
    }
  }
  return placed;
}
