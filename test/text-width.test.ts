/** The emitter's measure of a text is prettier's, so that the tables it pads stay prettier-clean. */
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { textWidth } from "../generator/emit/text-width.js";

describe("textWidth", () => {
  it("gives every code point the columns prettier gives it", () => {
    const differing: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      if (textWidth(character) !== prettier.util.getStringWidth(character)) differing.push(codePoint.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it("measures mixed text, combining marks and emoji sequences as prettier does", () => {
    const samples = ["plain", "a|b `c`", "中文 text", "ＡＢ", "e\u0301e", "👨‍👩‍👧", "❤️", "1️⃣", "🇫🇷", "👍🏽", "🏳️‍🌈", "a👨‍👩‍👧b中", "tab\there", "\u200b\u200d", "ｶﾀｶﾅ"];
    expect(samples.map(textWidth)).toEqual(samples.map((text) => prettier.util.getStringWidth(text)));
  });
});
