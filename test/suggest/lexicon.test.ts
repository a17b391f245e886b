import { describe, expect, it } from "vitest";
import { LEXICON, MEASURE_WORDS } from "../../src/catalog/lexicon.js";
import { getRuleset } from "../../src/index.js";
import { FOOTNOTE_CUES } from "../../src/suggest/footnote-cues.js";
import { normaliseText } from "../../src/suggest/normalise.js";

describe("the lexicon, as data", () => {
  it("has words for every item of every built-in catalog, and for no other", () => {
    const ids = getRuleset(2026).catalog.items.map((i) => i.id);
    expect(Object.keys(LEXICON).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(LEXICON[id as keyof typeof LEXICON].length, id).toBeGreaterThan(0);
  });

  it("every term has words that survive normalising, and a reason", () => {
    for (const [id, terms] of Object.entries(LEXICON))
      for (const term of terms) {
        expect(term.reason.trim(), id).not.toBe("");
        for (const word of term.words) expect(normaliseText(word), `${id}: ${word}`).not.toBe("");
      }
    for (const m of MEASURE_WORDS) expect(normaliseText(m.word)).not.toBe("");
    for (const cue of FOOTNOTE_CUES) for (const word of cue.words) expect(normaliseText(word)).not.toBe("");
  });

  it("lists no term twice within an item (in normal form)", () => {
    for (const [id, terms] of Object.entries(LEXICON)) {
      const keys = terms.map((t) => t.words.map(normaliseText).join("+"));
      expect(
        keys.filter((k, i) => keys.indexOf(k) !== i),
        id,
      ).toEqual([]);
    }
  });

  it("every item has a term that can suggest it (strong or usual)", () => {
    for (const [id, terms] of Object.entries(LEXICON))
      expect(
        terms.some((t) => t.strength !== "context"),
        id,
      ).toBe(true);
  });
});
