// Renders the API reference from the JSON in #cmapi-data: types open inline down to their leaf
// fields, one search over functions, callbacks, types and error codes, copyable deep links, and a
// "Try it" link to the playground. Plain ES5-style script: the page has no build step of its own.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cmapi-data").textContent);
  var main = document.querySelector("main");
  var nav = document.querySelector("nav");
  var typesById = {};
  data.types.forEach(function (type) { typesById[type.id] = type; });

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "text") node.textContent = attributes[key];
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child); });
    return node;
  }
  // Every id and link comes with the data (generator/emit/reference-view.ts), as the Markdown reference's do.
  function typeLink(type) {
    return type.href ? el("a", { href: type.href, text: type.text }) : el("code", { text: type.text });
  }
  // The id of the named type a value is made of (itself, a list's items, a record's values).
  function opensOf(type) {
    return type.opens || (type.href ? type.href.slice(1) : undefined);
  }
  // On a phone each row becomes a card; the header's words label its cells.
  function table(header, rows, className) {
    return el("div", { class: "table-scroll" }, [el("table", { class: "stack" + (className ? " " + className : "") }, [
      el("thead", {}, [el("tr", {}, header.map(function (h) { return el("th", { scope: "col", text: h }); }))]),
      el("tbody", {}, rows.map(function (row) {
        var tr = el("tr", {}, row.map(function (cell, index) { return el("td", { "data-label": header[index] }, [cell]); }));
        return tr;
      }))
    ])]);
  }
  // Constraints come as text and { code } segments: "pattern ", { code: "^[0-9]{6}$" }.
  function segments(list) {
    var span = el("span");
    list.forEach(function (segment) { span.appendChild(typeof segment === "string" ? document.createTextNode(segment) : el("code", { text: segment.code })); });
    return span;
  }

  var opened = 0;
  // A button that opens the named type in place, below `anchor`; `trail` is the types already open
  // above it, so a type that contains itself shows a link back instead of opening forever.
  function opener(typeId, trail, place) {
    var type = typesById[typeId];
    if (!type || (type.kind === "alias" && !type.constraints && !opensOf(type.type))) return null;
    if (trail.indexOf(typeId) >= 0) return el("a", { class: "repeat", href: "#" + typeId, text: "(contains itself: see " + type.name + ")" });
    var panelId = "open-" + (++opened);
    var button = el("button", { type: "button", class: "opener", "aria-expanded": "false", "aria-controls": panelId, text: "Show " + type.name });
    var panel;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      if (!panel) {
        panel = el("div", { class: "inline-type", id: panelId }, [typeBody(type, trail.concat([typeId]))]);
        place(panel);
      }
      panel.hidden = open;
      button.setAttribute("aria-expanded", String(!open));
      button.textContent = (open ? "Show " : "Hide ") + type.name;
    });
    return button;
  }
  // Params or members; the constraints column only when some row has constraints.
  function fieldTable(nameTitle, fields, trail) {
    var constrained = fields.some(function (f) { return f.constraints !== undefined; });
    var header = [nameTitle, "type", "required"].concat(constrained ? ["constraints"] : [], ["description"]);
    var wrapper = table(header, fields.map(function (f) {
      var required = f.required ? "yes" : "no" + (f.default !== undefined ? " (default " + JSON.stringify(f.default) + ")" : "");
      return [el("code", { text: f.name }), el("span", {}, [typeLink(f.type)]), required].concat(constrained ? [segments(f.constraints || [])] : [], [f.description]);
    }), "fields");
    var rows = wrapper.querySelectorAll("tbody tr");
    fields.forEach(function (f, index) {
      var id = opensOf(f.type);
      if (!id) return;
      var row = rows[index];
      var button = opener(id, trail, function (panel) {
        var nested = el("tr", { class: "nested" }, [el("td", { colspan: String(header.length) }, [panel])]);
        row.parentNode.insertBefore(nested, row.nextSibling);
      });
      if (button) row.children[1].appendChild(button);
    });
    return wrapper;
  }
  function typeBody(type, trail) {
    if (type.kind === "dictionary") return type.members.length ? fieldTable("member", type.members, trail) : el("p", { text: "An empty object." });
    if (type.kind === "enum") {
      return type.valueDescriptions.some(function (d) { return d !== ""; })
        ? table(["value", "meaning"], type.values.map(function (v, i) { return [el("code", { text: JSON.stringify(v) }), type.valueDescriptions[i]]; }))
        : el("p", { text: "One of: " + type.values.map(function (v) { return JSON.stringify(v); }).join(", ") });
    }
    var body = el("div", {}, [el("p", {}, ["Same as ", typeLink(type.type)].concat(type.constraints ? [": ", segments(type.constraints)] : []))]);
    var inner = opensOf(type.type);
    if (inner) {
      var button = opener(inner, trail, function (panel) { body.appendChild(panel); });
      if (button) body.firstChild.appendChild(button);
    }
    return body;
  }
  // "Result: X [Show X]", the type opening below the line.
  function valueLine(label, type, fallback) {
    var line = el("p", {}, [el("strong", { text: label + ": " })]);
    var wrapper = el("div", {}, [line]);
    if (!type) { line.appendChild(document.createTextNode(fallback)); return wrapper; }
    line.appendChild(typeLink(type));
    var id = opensOf(type);
    var button = id && opener(id, [], function (panel) { wrapper.appendChild(panel); });
    if (button) line.appendChild(button);
    return wrapper;
  }

  function accessBadge(level, what) {
    var title = level === "user" ? "any session may " + (what === "callback" ? "register for it" : "call it")
      : "needs a session opened at " + level + " level or above (CMAPI_API_Open); below it the answer is 0xF0000001";
    return el("span", { class: "badge access access-" + level, title: title, text: level });
  }
  function json(value) { return el("pre", { tabindex: "0" }, [el("code", { text: JSON.stringify(value, null, 2) })]); }

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    var field = el("textarea", { class: "offscreen", "aria-hidden": "true" });
    field.value = text;
    document.body.appendChild(field);
    field.select();
    var done = document.execCommand("copy");
    document.body.removeChild(field);
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }
  function copyLink(id, name) {
    var button = el("button", { type: "button", class: "copy-link", "aria-label": "Copy a link to " + name, title: "Copy a link to " + name, text: "#" });
    button.addEventListener("click", function (event) {
      event.preventDefault();
      event.stopPropagation();
      var url = location.href.split("#")[0] + "#" + id;
      copyText(url).then(function () { status("Link to " + name + " copied"); button.textContent = "copied"; }, function () { status("Copying was refused: the link is " + url); });
      setTimeout(function () { button.textContent = "#"; }, 1500);
    });
    return button;
  }

  // Where "Try it" goes: ?playground=<url> when given; the playground beside this page when a device
  // serves it (http: or https:); otherwise the mock's playground as the README starts it, on port 8080.
  var playgroundBase = (function () {
    var asked = new URLSearchParams(location.search).get("playground");
    if (asked) return asked;
    if (/^https?:$/.test(location.protocol)) return new URL("../playground/", location.href).href;
    return "http://localhost:8080/playground/";
  })();

  var items = [];
  function searchable(node, kind, text, navLink) {
    node.setAttribute("data-search", text.toLowerCase());
    items.push({ node: node, kind: kind, navLink: navLink });
  }

  data.groups.forEach(function (group) {
    var id = group.id;
    var section = el("section", { class: "group", id: id }, [el("h2", { text: group.section + " " + group.title + " (CMAPI_" + group.name + "_*)" })]);
    if (group.description) section.appendChild(el("p", { text: group.description }));
    var navGroup = el("div", { class: "nav-group" }, [el("a", { class: "group-link", href: "#" + id, text: group.section + " " + group.title })]);
    group.methods.forEach(function (fn) {
      var tryIt = el("a", { class: "try-it", href: playgroundBase + "#" + fn.name, text: "Try it", "aria-label": "Try it: " + fn.name + " in the playground" });
      var article = el("article", { class: "fn", id: fn.id, tabindex: "-1" }, [
        el("h3", {}, [fn.name, accessBadge(fn.access, "function"), fn.exclusive ? el("span", { class: "badge", text: "exclusive" }) : null, fn.interim ? el("span", { class: "badge", title: "sends interim responses (received, processing) before the final one", text: "interim" }) : null, copyLink(fn.id, fn.name), tryIt]),
        fn.description ? el("p", { text: fn.description }) : null,
        el("h4", { text: "Params" }),
        fn.params.length ? fieldTable("name", fn.params, []) : el("p", { text: "None: params is {}." }),
        valueLine("Result", fn.result, "an empty object"),
        fn.errors.length ? el("details", {}, [el("summary", { text: "Errors (" + fn.errors.length + ")" }), table(["code", "name", "message"], fn.errors.map(function (e) { return [el("code", { text: e.hex }), el("code", { text: e.name }), e.message]; }))]) : null,
        el("details", {}, [el("summary", { text: "Example" })].concat(fn.example.map(json)))
      ]);
      section.appendChild(article);
      var link = el("a", { class: "fn-link", href: "#" + fn.id, text: fn.functionName, title: fn.name });
      navGroup.appendChild(link);
      searchable(article, "function", fn.name + " " + fn.description, link);
    });
    main.appendChild(section);
    nav.appendChild(navGroup);
  });

  var callbacks = el("section", { class: "group", id: data.sections.callbacks }, [
    el("h2", { text: "Callbacks" }),
    // Table 3: the error form of every callback message.
    el("p", { text: "In case of an error a callback message carries error, { code, message, data } with a Table 4 code and its text, instead of result. The generated client hands it to the onError given to register() or on(), as a CmapiError; a server sends one with emitError()." }),
    data.errorCallbackExample ? el("details", {}, [el("summary", { text: "Example" })].concat(data.errorCallbackExample.map(json))) : null
  ]);
  data.callbacks.forEach(function (cb) {
    var article = el("article", { class: "callback", id: cb.id, tabindex: "-1" }, [
      el("h3", {}, [cb.callbackId, accessBadge(cb.access, "callback"), copyLink(cb.id, cb.callbackId)]), el("p", { text: cb.description }),
      valueLine("Payload", cb.payload),
      el("details", {}, [el("summary", { text: "Example" })].concat(cb.example.map(json)))
    ]);
    callbacks.appendChild(article);
    searchable(article, "callback", cb.callbackId + " " + cb.description);
  });
  main.appendChild(callbacks);

  var types = el("section", { class: "group", id: data.sections.types }, [el("h2", { text: "Types" })]);
  data.types.forEach(function (type) {
    var details = el("details", { id: type.id, class: "type" }, [el("summary", { text: type.name + " (" + type.kind + ")" }), el("p", {}, [type.description || "", copyLink(type.id, type.name)]), typeBody(type, [type.id])]);
    types.appendChild(details);
    searchable(details, "type", type.name + " " + type.description + " " + (type.values || []).join(" "));
  });
  main.appendChild(types);

  var errorTable = table(["code", "name", "message", "category"], data.errorCodes.map(function (e) { return [el("code", { text: e.hex }), el("code", { text: e.name }), e.message, e.category]; }));
  errorTable.querySelectorAll("tbody tr").forEach(function (row, index) {
    var e = data.errorCodes[index];
    row.id = "error-" + e.hex.toLowerCase();
    row.tabIndex = -1;
    searchable(row, "error code", e.hex + " " + parseInt(e.hex, 16) + " " + e.name + " " + e.message + " " + e.category);
  });
  var errors = el("section", { class: "group", id: data.sections.errors }, [el("h2", { text: "Error codes" }), errorTable,
    el("h3", { text: "UICC status words" }),
    table(["SW1 SW2", "description"], data.statusWords.map(function (s) { return [el("code", { text: s.sw }), s.description]; }))
  ]);
  main.appendChild(errors);
  var profiles = el("section", { class: "group", id: data.sections.profiles }, [el("h2", { text: "SCR profiles" }),
    el("p", { text: "M: mandatory, O: optional; * marks rows the seed lost, filled from the laptop table." }),
    table(data.profiles.header, data.profiles.rows)
  ]);
  main.appendChild(profiles);
  ["callbacks", "types", "errors", "profiles"].forEach(function (name) {
    nav.appendChild(el("a", { class: "group-link", href: "#" + data.sections[name], text: name.charAt(0).toUpperCase() + name.slice(1) }));
  });

  var search = document.getElementById("search");
  var count = document.getElementById("count");
  function status(text) { document.getElementById("status").textContent = text; }
  var KINDS = [["function", "functions"], ["callback", "callbacks"], ["type", "types"], ["error code", "error codes"]];
  function filter() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = {};
    items.forEach(function (item) {
      var text = item.node.getAttribute("data-search");
      var match = words.every(function (word) { return text.indexOf(word) >= 0; });
      item.node.classList.toggle("hidden", !match);
      if (item.navLink) item.navLink.classList.toggle("hidden", !match);
      if (match) shown[item.kind] = (shown[item.kind] || 0) + 1;
    });
    document.querySelectorAll("section.group").forEach(function (section) {
      if (section === profiles) return section.classList.toggle("hidden", words.length > 0);
      if (section === errors) return section.classList.toggle("hidden", words.length > 0 && !errors.querySelector("tr[data-search]:not(.hidden)"));
      if (!section.querySelector("[data-search]")) return;
      section.classList.toggle("hidden", !section.querySelector("[data-search]:not(.hidden)"));
    });
    document.querySelectorAll(".nav-group").forEach(function (group) {
      group.classList.toggle("hidden", !group.querySelector(".fn-link:not(.hidden)"));
    });
    count.textContent = words.length === 0 ? data.groups.reduce(function (n, g) { return n + g.methods.length; }, 0) + " functions"
      : KINDS.map(function (kind) { return (shown[kind[0]] || 0) + " " + (shown[kind[0]] === 1 ? kind[0] : kind[1]); }).join(", ");
  }
  // Goes to an item: opens a type's details, scrolls it below the header and gives it the focus.
  function reveal(node) {
    if (node.tagName === "DETAILS") node.open = true;
    node.scrollIntoView({ block: "start" });
    node.focus({ preventScroll: true });
  }
  search.addEventListener("input", filter);
  search.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var first = items.filter(function (item) { return !item.node.classList.contains("hidden"); })[0];
    if (!first) return status("Nothing matches " + JSON.stringify(search.value));
    event.preventDefault();
    if (first.node.id) history.replaceState(null, "", "#" + first.node.id);
    reveal(first.node);
  });
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      search.focus();
      search.select();
    }
  });
  function followHash() {
    var target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) reveal(target);
  }
  window.addEventListener("hashchange", followHash);
  filter();
  followHash();
})();
