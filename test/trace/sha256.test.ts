import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, canonicalJson } from "../../src/index.js";
import { hexOf, portableSha256, sha256Stream } from "../../src/trace/sha256.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { runs } from "../properties/runs.js";

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const implementations = [
  ["the one in use", sha256Stream],
  ["@noble/hashes", portableSha256],
] as const;

describe("SHA-256", () => {
  it("is the runtime's own on Node (process.getBuiltinModule exists from Node 20.16), not the pure-JS one", () => {
    expect(sha256Stream).not.toBe(portableSha256);
  });

  it.each(implementations)("%s gives the standard vectors", (_, factory) => {
    expect(hexOf(factory, "")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hexOf(factory, "abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hexOf(factory, "二地域居住")).toBe(nodeSha256("二地域居住"));
  });

  it("both agree on every fixture's canonical calculation, fed in chunks as the digests feed them", () => {
    for (const fixture of loadFixtures()) {
      const bytes = new TextEncoder().encode(canonicalJson(calculate(fixture.input)));
      const digests = implementations.map(([, factory]) => {
        const hash = factory();
        for (let at = 0; at < bytes.length; at += 1000) hash.update(bytes.subarray(at, at + 1000));
        return hash.hex();
      });
      const expected = nodeSha256(canonicalJson(calculate(fixture.input)));
      expect(digests, fixture.file).toEqual([expected, expected]);
    }
  });

  it("both agree with node:crypto on any text, lone surrogates included (property)", () => {
    const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.oneof(fc.constantFrom("a", "気", "\u{1F600}"), loneSurrogate) }),
    );
    fc.assert(
      fc.property(text, (value) => {
        for (const [, factory] of implementations) expect(hexOf(factory, value)).toBe(nodeSha256(value));
      }),
      runs(300),
    );
  });
});
