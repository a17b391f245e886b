import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessExpense, defineRuleset, getRuleset, InputError, suggestItems } from "../../src/index.js";
import { loadLabelled } from "./labelled-lines.js";

const items = (text: string, options?: Parameters<typeof suggestItems>[1]) =>
  suggestItems(text, options).map((s) => s.item);

describe("suggestItems: the issue's examples", () => {
  it("お試し住宅改修工事 → the facilities, with ※2's questions", () => {
    const [top] = suggestItems("お試し住宅改修工事");
    expect(top?.item).toBe("opportunity.facilities");
    expect(top?.label.ja).toBe("移住体験住宅・サテライトオフィス・コワーキングスペース・ワーケーション施設の整備");
    expect(top?.facts.map((f) => [f.path, f.footnote])).toEqual([
      ["facility.implementer", "※2"],
      ["facility.work", "※2"],
      ["facility.regionalBondCovers", "※2"],
    ]);
    expect(top?.facts[2]).toMatchObject({ askedWhen: { path: "facility.implementer", value: "government" } });
  });

  it("移住相談会 会場借上料 → the consultation meetings, and ※5 named", () => {
    const [top] = suggestItems("移住相談会 会場借上料");
    expect(top?.item).toBe("information.consultation-events");
    expect(top?.matched).toEqual(["移住", "相談会", "会場"]);
    expect(top?.facts).toEqual([]);
    expect(top?.hints.map((h) => [h.word, h.rule, h.footnote])).toEqual([["移住", "fn5", "※5"]]);
  });

  it("unrelated lines give []", () => {
    expect(suggestItems("消防ポンプ自動車購入費")).toEqual([]);
    expect(suggestItems("道路舗装補修工事")).toEqual([]);
    expect(suggestItems("")).toEqual([]);
    expect(suggestItems("　・、。")).toEqual([]);
  });
});

describe("suggestItems: what a suggestion says", () => {
  const lines = loadLabelled().lines.map((l) => l.text);

  it("scores are in [0, 1], two decimals, best first; each is weight ÷ (weight + 5) of its terms", () => {
    for (const text of lines) {
      const suggestions = suggestItems(text, { limit: 23 });
      for (const s of suggestions) {
        expect(s.score).toBeGreaterThan(0);
        expect(s.score).toBeLessThan(1);
        expect(Number(s.score.toFixed(2))).toBe(s.score);
        const weight = s.terms.reduce((n, t) => n + t.weight, 0);
        expect(s.score).toBe(Math.round((weight / (weight + 5)) * 100) / 100);
        expect(s.matched).toEqual([...new Set(s.terms.flatMap((t) => t.words))]);
      }
      const scores = suggestions.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it("every suggestion has a term that names its item: strong, or usual where the line says what it is for", () => {
    for (const text of lines) {
      for (const s of suggestItems(text)) {
        const names = s.terms.some((t) => t.strength === "strong" || t.strength === "usual");
        expect(names, `${text} → ${s.item}`).toBe(true);
        for (const t of s.terms) expect(t.reason).not.toBe("");
      }
    }
  });

  it("a usual term alone suggests nothing; with a word of the measure, or a strong term of any item, it does", () => {
    expect(items("市ホームページ保守委託料")).toEqual([]);
    expect(items("二地域居住 ホームページ保守委託料")[0]).toBe("information.web-and-city-office");
    expect(items("空き家バンク ホームページ保守")).toEqual([
      "reception.vacant-house-bank",
      "information.web-and-city-office",
    ]);
  });

  it("context words never suggest an item alone", () => {
    expect(items("会場借上料 印刷製本費 工事請負費")).toEqual([]);
    expect(items("二地域居住 会場借上料")).toEqual([]);
  });

  it("facts are the questions assessExpense asks of a blank expense of the item", () => {
    for (const s of suggestItems("二地域居住者登録システム構築 副業人材 地域留学 お試し住宅 関係人口 子育て相談", {
      limit: 23,
    })) {
      const assessed = assessExpense({ id: "X", item: s.item, amount: 1 });
      const asked = assessed.status === "needs-facts" ? [...assessed.missing, ...assessed.conditional] : [];
      expect(s.facts, s.item).toEqual(asked);
    }
  });

  it("a term that stands only inside a longer one of its item adds nothing", () => {
    const [top] = suggestItems("二地域居住 登録システム 保守");
    expect(top?.item).toBe("information.registration-system");
    // 登録+システム and システム stand inside 登録システム.
    expect(top?.terms.map((t) => t.words.join("+"))).toEqual(["二地域居住", "登録システム", "保守"]);
  });
});

describe("suggestItems: deterministic, limited, by ruleset", () => {
  it("gives the same answer every time, and does not depend on earlier calls", () => {
    const text = "東京事務所 二地域居住相談窓口 パンフレット";
    const first = JSON.stringify(suggestItems(text));
    suggestItems("お試し住宅改修工事");
    expect(JSON.stringify(suggestItems(text))).toBe(first);
  });

  it("ties keep the catalog's order", () => {
    // 相談窓口 names both desks equally; no place is named.
    expect(items("二地域居住 相談窓口")).toEqual(["consultation.in-region-desk", "consultation.out-of-region-desk"]);
  });

  it("limit: 5 by default, any whole number of 0 or more", () => {
    const text = "二地域居住 相談会 ブース ホームページ パンフレット 相談窓口 体験ツアー ファンクラブ";
    expect(suggestItems(text)).toHaveLength(5);
    expect(suggestItems(text, { limit: 2 })).toHaveLength(2);
    expect(suggestItems(text, { limit: 0 })).toEqual([]);
    expect(suggestItems(text, { limit: 100 }).length).toBeGreaterThan(5);
    expect(suggestItems(text, { limit: 2 })).toEqual(suggestItems(text).slice(0, 2));
  });

  it("searches the ruleset's catalog only: FY2025 never suggests FY2026's ふるさと住民 item", () => {
    expect(items("ふるさと住民登録アプリ")).toEqual([
      "furusato.system-setup-and-operation",
      "information.registration-system",
    ]);
    expect(items("ふるさと住民登録アプリ", { ruleset: "FY2025" })).toEqual(["information.registration-system"]);
    expect(items("ふるさと住民登録アプリ", { ruleset: getRuleset(2025) })).toEqual(["information.registration-system"]);
    for (const { text } of loadLabelled().lines)
      expect(items(text, { ruleset: "FY2025", limit: 23 })).not.toContain("furusato.system-setup-and-operation");
  });

  it("a ruleset of the caller's: a withdrawn item is not suggested; an added item has no words", () => {
    const base = getRuleset(2026);
    const without = defineRuleset(base, {
      id: "FY2026-no-fan-club",
      fiscalYear: 2026,
      catalog: {
        withdraw: ["opportunity.fan-club"],
        add: [{ ...base.catalog.findItem("opportunity.other")!, id: "opportunity.fan-events", isOther: false }],
      },
    });
    expect(items("関係人口ファンクラブ運営")).toEqual(["opportunity.fan-club"]);
    expect(items("関係人口ファンクラブ運営", { ruleset: without })).toEqual([]);
  });

  it("refuses what is not a text, a limit or a ruleset, every problem at once", () => {
    const problems = (text: unknown, options?: unknown) => {
      try {
        suggestItems(text as string, options as never);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).issues.map((i) => [i.path, i.code]);
      }
      return [];
    };
    expect(problems(42)).toEqual([["$text", "invalid_type"]]);
    expect(problems("x".repeat(10_001))).toEqual([["$text", "too_long"]]);
    expect(problems("x".repeat(10_000))).toEqual([]);
    expect(problems("相談会", null)).toEqual([["$options", "invalid_type"]]);
    expect(problems(undefined, "FY2025")).toEqual([
      ["$text", "invalid_type"],
      ["$options", "invalid_type"],
    ]);
    expect(problems("相談会", { limit: -1, ruleset: "FY2024" })).toEqual([
      ["$options.limit", "invalid_value"],
      ["$options.ruleset", "unsupported_fiscal_year"],
    ]);
    expect(problems("相談会", { limit: 1.5 })).toEqual([["$options.limit", "invalid_value"]]);
    expect(problems("相談会", { limit: "3" })).toEqual([["$options.limit", "invalid_value"]]);
    expect(problems("相談会", { ruleset: 2025 })).toEqual([["$options.ruleset", "invalid_type"]]);
    expect(problems("相談会", { ruleset: null })).toEqual([["$options.ruleset", "invalid_type"]]);
    expect(problems("相談会", { ruleset: Symbol("x") })).toEqual([["$options.ruleset", "invalid_type"]]);
  });
});

describe("suggestItems: browser-safe", () => {
  it("its files import nothing from Node and read no clock, randomness or I/O", () => {
    const root = join(import.meta.dirname, "..", "..", "src");
    const files = [
      ...readdirSync(join(root, "suggest")).map((f) => join(root, "suggest", f)),
      join(root, "catalog", "lexicon.ts"),
    ];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from "node:|require\(|Math\.random|Date\.now|new Date|fetch\(|process\./u);
    }
  });
});
