// Renders the API reference from the JSON in #cmapi-data, and filters it as the reader types.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cmapi-data").textContent);
  var main = document.querySelector("main");
  var nav = document.querySelector("nav");

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "text") node.textContent = attributes[key];
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }
  // Every id and link comes with the data (generator/emit/reference-view.ts), as the Markdown reference's do.
  function typeLink(type) {
    return type.href ? el("a", { href: type.href, text: type.text }) : el("code", { text: type.text });
  }
  function table(header, rows) {
    return el("div", { class: "table-scroll" }, [el("table", {}, [
      el("thead", {}, [el("tr", {}, header.map(function (h) { return el("th", { text: h }); }))]),
      el("tbody", {}, rows.map(function (row) { return el("tr", {}, row.map(function (cell) { return el("td", {}, [typeof cell === "string" ? document.createTextNode(cell) : cell]); })); }))
    ])]);
  }
  // Constraints come as text and { code } segments: "pattern ", { code: "^[0-9]{6}$" }.
  function segments(list) {
    var span = el("span");
    list.forEach(function (segment) { span.appendChild(typeof segment === "string" ? document.createTextNode(segment) : el("code", { text: segment.code })); });
    return span;
  }
  // Params or members; the constraints column only when some row has constraints.
  function fieldTable(nameTitle, fields) {
    var constrained = fields.some(function (f) { return f.constraints !== undefined; });
    var header = [nameTitle, "type", "required"].concat(constrained ? ["constraints"] : [], ["description"]);
    return table(header, fields.map(function (f) {
      var required = f.required ? "yes" : "no" + (f.default !== undefined ? " (default " + JSON.stringify(f.default) + ")" : "");
      return [el("code", { text: f.name }), typeLink(f.type), required].concat(constrained ? [segments(f.constraints || [])] : [], [f.description]);
    }));
  }
  function accessBadge(level, what) {
    var title = level === "user" ? "any session may " + (what === "callback" ? "register for it" : "call it")
      : "needs a session opened at " + level + " level or above (CMAPI_API_Open); below it the answer is 0xF0000001";
    return el("span", { class: "badge access access-" + level, title: title, text: level });
  }
  function json(value) { return el("pre", {}, [el("code", { text: JSON.stringify(value, null, 2) })]); }

  var fnNodes = [];
  data.groups.forEach(function (group) {
    var id = group.id;
    var section = el("section", { class: "group", id: id }, [el("h2", { text: group.section + " " + group.title + " (CMAPI_" + group.name + "_*)" })]);
    if (group.description) section.appendChild(el("p", { text: group.description }));
    var navGroup = el("div", { class: "nav-group" }, [el("a", { class: "group-link", href: "#" + id, text: group.section + " " + group.title })]);
    group.methods.forEach(function (fn) {
      var fnId = fn.id;
      var article = el("article", { class: "fn", id: fnId, "data-search": (fn.name + " " + fn.description).toLowerCase() }, [
        el("h3", {}, [document.createTextNode(fn.name), accessBadge(fn.access, "function"), fn.exclusive ? el("span", { class: "badge", text: "exclusive" }) : null, fn.interim ? el("span", { class: "badge", title: "sends interim responses (received, processing) before the final one", text: "interim" }) : null]),
        fn.description ? el("p", { text: fn.description }) : null,
        el("h4", { text: "Params" }),
        fn.params.length ? fieldTable("name", fn.params) : el("p", { text: "None: params is {}." }),
        el("p", {}, [el("strong", { text: "Result: " }), fn.result ? typeLink(fn.result) : document.createTextNode("an empty object")]),
        fn.errors.length ? el("details", {}, [el("summary", { text: "Errors (" + fn.errors.length + ")" }), table(["code", "name", "message"], fn.errors.map(function (e) { return [el("code", { text: e.hex }), el("code", { text: e.name }), e.message]; }))]) : null,
        el("details", {}, [el("summary", { text: "Example" })].concat(fn.example.map(json)))
      ]);
      section.appendChild(article);
      var link = el("a", { class: "fn-link", href: "#" + fnId, text: fn.functionName });
      navGroup.appendChild(link);
      fnNodes.push({ article: article, link: link, section: section, navGroup: navGroup });
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
    callbacks.appendChild(el("article", { class: "callback", id: cb.id }, [
      el("h3", {}, [document.createTextNode(cb.callbackId), accessBadge(cb.access, "callback")]), el("p", { text: cb.description }),
      el("p", {}, [el("strong", { text: "Payload: " }), typeLink(cb.payload)]),
      el("details", {}, [el("summary", { text: "Example" })].concat(cb.example.map(json)))
    ]));
  });
  main.appendChild(callbacks);

  var types = el("section", { class: "group", id: data.sections.types }, [el("h2", { text: "Types" })]);
  data.types.forEach(function (type) {
    var body = type.kind === "dictionary"
      ? (type.members.length ? fieldTable("member", type.members) : el("p", { text: "An empty object." }))
      : type.kind === "enum" ? (type.valueDescriptions.some(function (d) { return d !== ""; })
        ? table(["value", "meaning"], type.values.map(function (v, i) { return [el("code", { text: JSON.stringify(v) }), type.valueDescriptions[i]]; }))
        : el("p", { text: "One of: " + type.values.map(function (v) { return JSON.stringify(v); }).join(", ") }))
      : el("p", {}, [document.createTextNode("Same as "), typeLink(type.type)].concat(type.constraints ? [document.createTextNode(": "), segments(type.constraints)] : []));
    types.appendChild(el("details", { id: type.id }, [el("summary", { text: type.name + " (" + type.kind + ")" }), type.description ? el("p", { text: type.description }) : null, body]));
  });
  main.appendChild(types);

  main.appendChild(el("section", { class: "group", id: data.sections.errors }, [el("h2", { text: "Error codes" }),
    table(["code", "name", "message", "category"], data.errorCodes.map(function (e) { return [el("code", { text: e.hex }), el("code", { text: e.name }), e.message, e.category]; })),
    el("h3", { text: "UICC status words" }),
    table(["SW1 SW2", "description"], data.statusWords.map(function (s) { return [el("code", { text: s.sw }), s.description]; }))
  ]));
  main.appendChild(el("section", { class: "group", id: data.sections.profiles }, [el("h2", { text: "SCR profiles" }),
    el("p", { text: "M: mandatory, O: optional; * marks rows the seed lost, filled from the laptop table." }),
    table(data.profiles.header, data.profiles.rows)
  ]));
  ["callbacks", "types", "errors", "profiles"].forEach(function (name) {
    nav.appendChild(el("a", { class: "group-link", href: "#" + data.sections[name], text: name.charAt(0).toUpperCase() + name.slice(1) }));
  });

  var search = document.getElementById("search");
  var count = document.getElementById("count");
  function filter() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    fnNodes.forEach(function (item) {
      var match = words.every(function (word) { return item.article.getAttribute("data-search").indexOf(word) >= 0; });
      item.article.classList.toggle("hidden", !match);
      item.link.classList.toggle("hidden", !match);
      if (match) shown++;
    });
    document.querySelectorAll("section.group").forEach(function (section) {
      if (!section.querySelector("article.fn")) return;
      if (section.id === data.sections.callbacks) return;
      section.classList.toggle("hidden", !section.querySelector("article.fn:not(.hidden)"));
    });
    document.querySelectorAll(".nav-group").forEach(function (group) {
      group.classList.toggle("hidden", !group.querySelector(".fn-link:not(.hidden)"));
    });
    count.textContent = shown + " of " + fnNodes.length + " functions";
  }
  search.addEventListener("input", filter);
  filter();
})();
