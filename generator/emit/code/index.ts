/** The code builder (code.ts), its literals (literal.ts) and modules (module.ts), from one import. */
export { _, block, Code, doc, importName, indented, join, key, lineComment, name, Name, quoteDoc, render, type ImportSource, type Interpolation } from "./code.js";
export { flatLiteral, layoutLiteral, propertyKey, stringLiteral, PRINT_WIDTH, type JsonValue } from "./literal.js";
export { blockStatement, moduleText, statement, type Statement } from "./module.js";
