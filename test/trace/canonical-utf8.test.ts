import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, canonicalJson } from "../../src/index.js";
import { writeCanonicalUtf8 } from "../../src/trace/canonical-utf8.js";
import { canonicalDigest } from "../../src/calculate/digests.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { runs } from "../properties/runs.js";
import { validApplication } from "../support.js";

// The digests are written by a fast writer straight to UTF-8 (src/trace/canonical-utf8.ts); canonicalJson is
// the plain reference writer. These hold the first to the UTF-8 of the second, byte for byte.
const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function utf8Written(value: unknown): string | false {
  const chunks: Buffer[] = [];
  const ok = writeCanonicalUtf8(value, (bytes) => void chunks.push(Buffer.from(bytes)));
  return ok && Buffer.concat(chunks).toString("hex");
}

function expectSame(value: unknown, label?: string): void {
  const reference = canonicalJson(value);
  expect(utf8Written(value), label).toBe(Buffer.from(reference, "utf8").toString("hex"));
  expect(canonicalDigest(value), label).toBe(nodeSha256(reference));
}

describe("the UTF-8 canonical writer gives the reference writer's bytes", () => {
  it("for keys an engine orders its own way (integer-like) or cannot assign (__proto__)", () => {
    const awkward = JSON.parse('{"10":"a","9":"b","E1":"c","!":"d","__proto__":{"x":1},"007":"e"}');
    expect(canonicalJson(awkward)).toBe('{"!":"d","007":"e","10":"a","9":"b","E1":"c","__proto__":{"x":1}}');
    expectSame(awkward);
  });

  it("for every fixture's calculation, and one with numeric line ids", () => {
    for (const fixture of loadFixtures()) expectSame(calculate(fixture.input), fixture.file);
    const application = validApplication();
    const [first] = application.projects[0].expenses;
    application.projects[0].expenses = [
      { ...first, id: "10" },
      { ...first, id: "2" },
    ];
    const calc = calculate(application);
    expect(calc.trace.steps.some((s) => Object.keys(s.inputs).includes("10"))).toBe(true);
    expectSame(calc);
  });

  it("for any JSON value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectSame(value);
      }),
      runs(500),
    );
  });

  it("for any string: escapes, controls, lone and paired surrogates, short and long (property)", () => {
    const unit = fc.oneof(
      fc.constantFrom(
        "a",
        "気",
        "\u{1F600}",
        '"',
        "\\",
        "\n",
        "\t",
        "\b",
        "\f",
        "\r",
        "\u0000",
        "\u001f",
        "\u007f",
        "\u00e9",
        "\u2028",
      ),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.string({ unit, maxLength: 8 }), (text, key) => {
        expectSame({ [key]: text, list: [text, key] });
      }),
      runs(1000),
    );
  });

  it("at every boundary of UTF-8 and of the surrogate ranges", () => {
    const units = [
      0x00, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0xff, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd,
      0xffff,
    ];
    const text = units.map((u) => String.fromCharCode(u));
    expectSame(text); // each alone: lone surrogates escaped, the others encoded
    const pairs = ["\ud800\udc00", "\ud800\udfff", "\udbff\udc00", "\udbff\udfff", "\ud83d\ude00"]; // U+10000, U+103FF, U+10FC00, U+10FFFF, 😀
    expectSame(pairs);
    expectSame(["\ud800\ud800\udc00", "\udc00\ud800", "x\udbff", "\udfffx"]); // lone ones beside pairs, at either end
    expect(canonicalJson(pairs)).toBe(JSON.stringify(pairs));
  });

  it("across its chunks, wherever a value falls against a chunk's end", () => {
    for (const item of ["", "a", "\u0001", "気", "\u{1F600}", "\udc00"]) {
      for (const count of [5459, 5460, 5461, 8191, 8192, 16_383]) expectSame(Array.from({ length: count }, () => item));
    }
  });

  it("across its 64 KiB chunks, with multi-byte strings of every length", () => {
    const strings = Array.from(
      { length: 4000 },
      (_, i) => "二地域居住".repeat(i % 9) + "x".repeat(i % 31) + (i % 7 === 0 ? '"' : ""),
    );
    expectSame({ strings, nested: strings.map((s, i) => ({ [`k${i}`]: s, n: i, f: i / 8, z: -0 })) });
    expectSame({ one: "気".repeat(100_000) }); // a single string larger than a chunk
  });

  it("for objects with prototypes, getters and undefined values, as JSON.stringify reads them", () => {
    class Box {
      constructor(
        readonly b: number,
        readonly a: string,
      ) {}
    }
    const withGetter = Object.defineProperty({ z: 1 }, "y", { enumerable: true, get: () => "got" });
    for (const value of [
      new Box(1, "x"),
      withGetter,
      { a: undefined, b: [1, { d: undefined, c: null }] },
      Object.create(null),
      [],
      {},
      "",
      0,
    ])
      expectSame(value);
    expect(canonicalJson(new Box(1, "x"))).toBe('{"a":"x","b":1}');
  });

  it("reads own keys only, even with Object.prototype polluted, and objects of every shape in any mix", () => {
    const value = {
      steps: [
        { id: "a", rule: "r" },
        { rule: "r", id: "b" },
        { id: "c" },
        { id: "d", rule: "r", extra: 1 },
        Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
      ],
    };
    expectSame(value);
    // Polluted only while writing (the test runner itself must not see it); compared afterwards.
    let written: unknown[] = [];
    Object.defineProperty(Object.prototype, "polluted", {
      value: "x",
      enumerable: true,
      configurable: true,
      writable: true,
    });
    try {
      written = [value, { a: { b: 1 } }].map((v) => [utf8Written(v), canonicalDigest(v)]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(written).toEqual(
      [value, { a: { b: 1 } }].map((v) => [
        Buffer.from(canonicalJson(v), "utf8").toString("hex"),
        nodeSha256(canonicalJson(v)),
      ]),
    );
  });

  it("stops at what JSON cannot hold, and the digest then names its path", () => {
    for (const bad of [{ a: [1, Number.NaN] }, [undefined], { f: () => 1 }, 10n, { s: Symbol("s") }])
      expect(utf8Written(bad)).toBe(false);
    expect(() => canonicalDigest({ a: { b: [1, Number.POSITIVE_INFINITY] } })).toThrow("$.a.b[1] is Infinity");
  });
});
