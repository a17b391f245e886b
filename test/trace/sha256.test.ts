import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, canonicalJson } from "../../src/index.js";
import { portableSha256Hex, sha256Hex } from "../../src/trace/sha256.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { runs } from "../properties/runs.js";

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("uses the runtime's own SHA-256 on Node (process.getBuiltinModule exists from Node 20.16)", () => {
    expect(sha256Hex).not.toBe(portableSha256Hex);
  });

  it("both implementations give the standard vectors", () => {
    for (const hex of [sha256Hex, portableSha256Hex]) {
      expect(hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      expect(hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
  });

  it("both agree on every fixture's canonical parts", () => {
    for (const fixture of loadFixtures()) {
      const text = canonicalJson(calculate(fixture.input));
      expect(portableSha256Hex(text), fixture.file).toBe(sha256Hex(text));
    }
  });

  it("both agree on any text, lone surrogates included (property)", () => {
    const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: fc.oneof(fc.constantFrom("a", "気", "\u{1F600}"), loneSurrogate) }));
    fc.assert(
      fc.property(text, (value) => {
        expect(portableSha256Hex(value)).toBe(nodeSha256(value));
        expect(sha256Hex(value)).toBe(nodeSha256(value));
      }),
      runs(300),
    );
  });
});
