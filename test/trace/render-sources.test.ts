import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, defineRuleset, getRuleset, renderTrace, type Calculation } from "../../src/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { readmeApplication } from "../support.js";
import { findAll, parseHtml, textOf, type HtmlElement } from "./html-parse.js";
import { wordSteps } from "../../src/index.js";

/*
 * The 計算書's sources section, its references to steps by number, its Japanese without the library's ids,
 * and who prepared it and when. The section is derived from the steps' cites and the ruleset the
 * calculation names; these tests hold it to the ruleset's own citations.
 */

const readme = calculate(readmeApplication());
const fixture = (name: string): unknown =>
  (JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), "utf8")) as { input: unknown })
    .input;
const kesennuma = calculate(
  JSON.parse(readFileSync(new URL("../../examples/kesennuma-application.json", import.meta.url), "utf8")),
);
const fy2025 = getRuleset(2025);
const fy2026 = getRuleset(2026);

/** A step's number in the document: its place in the trace, from 1. */
const number = (calc: Calculation, stepId: string) => wordSteps(calc).findIndex((s) => s.id === stepId) + 1;

/** The Markdown section under a second-level heading, to the next one. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const end = md.indexOf("\n## ", start + 1);
  return md.slice(start, end < 0 ? undefined : end);
}

/** The rows of the Markdown tables in a text: each row's cells. */
const tableRows = (md: string) =>
  md
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))
    .map((l) => l.slice(2, -2).split(" | "));

/** Each Markdown table of a text, as its rows of cells (the header first). */
const tablesIn = (md: string) =>
  md
    .split("\n\n")
    .filter((chunk) => chunk.startsWith("| "))
    .map(tableRows);

describe("the sources section (出典)", () => {
  it("names each source the README application's steps cite, in full and once, with its inference flag", () => {
    const md = renderTrace(readme);
    const sources = section(md, "出典");
    // The last section of the document.
    expect(md.trimEnd().endsWith(sources.trimEnd())).toBe(true);
    expect(tablesIn(sources)[0]).toEqual([
      ["略称", "資料", "推定を含む"],
      ["総務省資料", "総務省「二地域居住・関係人口に係る特別交付税措置等について」", "あり"],
      ["省令", "特別交付税に関する省令（昭和51年自治省令第35号）", "あり"],
      [
        "決算検査報告",
        "会計検査院 決算検査報告（令和元年度 2019-r01-0075、令和3年度 2021-r03-0057、令和4年度 2022-r04-0063）",
        "なし",
      ],
    ]);
    // Only what the steps cite: no registry figure, no press report in this calculation.
    expect(sources).not.toContain("主要財政指標一覧");
    expect(sources).not.toContain("報道");
    // Each named in full once in the whole document.
    for (const name of ["総務省「二地域居住・関係人口に係る特別交付税措置等について」", "昭和51年自治省令第35号"])
      expect(md.split(name)).toHaveLength(2);
  });

  it("lists the references cited: ※2 of the seed, the ordinance's 財政力補正 marked 推定 with the ruleset's note", () => {
    const rows = tablesIn(section(renderTrace(readme), "出典"))[1] ?? [];
    const row = (key: string, ref: string) => rows.find((r) => r[0] === key && r[1] === ref);
    expect(rows[0]).toEqual(["略称", "参照箇所", "計算過程", "推定", "注記"]);
    expect(row("総務省資料", "※2")).toEqual(["総務省資料", "※2", `手順 ${number(readme, "line/E2/fn2")}`, "なし", "-"]);
    expect(row("省令", "財政力補正 (市町村, standard wording)")).toEqual([
      "省令",
      "財政力補正 (市町村, standard wording)",
      "手順 2",
      "あり",
      fy2025.fiscalCorrection.municipality.cite.noteJa,
    ]);
    // A reference several steps cite: the first by its number, then how many more.
    const disposition = wordSteps(readme).filter((s) => s.cite === "seed 対象経費 (five pillars)");
    expect(row("総務省資料", "対象経費 (five pillars)")?.[2]).toBe(
      `手順 ${number(readme, disposition[0]!.id)} ほか${disposition.length - 1}件`,
    );
    expect(row("総務省資料", "二地域居住コーディネーター")?.slice(3)).toEqual([
      "あり",
      fy2025.coordinator.rate.cite.noteJa,
    ]);
    // Every step whose cite names a source is counted once under it; only the ledger's arithmetic is not one.
    const counted = rows.slice(1).reduce((n, r) => n + 1 + Number(/ほか(\d+)件$/.exec(r[2] ?? "")?.[1] ?? 0), 0);
    const ledger = wordSteps(readme).filter((s) => s.cite.startsWith("conservation"));
    expect(ledger.map((s) => s.id)).toEqual(["ledger"]);
    expect(counted).toBe(wordSteps(readme).length - 1);
  });

  it("writes the same in English, with the ruleset's English notes and the reports by fiscal year", () => {
    const md = renderTrace(readme, { lang: "en" });
    const sources = section(md, "Sources");
    expect(sources).toContain(
      "| audit | Board of Audit of Japan (会計検査院), audit reports (決算検査報告): FY2019 2019-r01-0075, FY2021 2021-r03-0057, FY2022 2022-r04-0063 | no |",
    );
    expect(sources).toContain(
      `| seed | ※2 | step ${number(readme, "line/E2/fn2")} (line/E2/fn2) | no | ${fy2025.footnotes.fn2.note} |`,
    );
    expect(sources).toContain(
      `| ordinance | 財政力補正 (市町村, standard wording) | step 2 (body/fiscal-correction) | yes | ${fy2025.fiscalCorrection.municipality.cite.note} |`,
    );
  });

  it("names the registry's figures (data) where the body is given by its code alone", () => {
    const calc = calculate(fixture("registry-code-only"));
    const sources = section(renderTrace(calc), "出典");
    expect(sources).toContain("| 財政指標 | 総務省「地方公共団体の主要財政指標一覧」 | なし |");
    expect(sources).toContain(
      "| 財政指標 | 総務省「地方公共団体の主要財政指標一覧」 | 手順 1 | なし | 公表された財政力指数（令和4〜6年度）。省令は各年度の比率を小数点以下2位に四捨五入して平均するため、公表値と0.01異なることがある。厳密な値は fiscalCapabilityYears で与える。 |",
    );
    expect(renderTrace(calc, { format: "text" })).toMatch(
      /^財政指標 +総務省「地方公共団体の主要財政指標一覧」 +なし$/m,
    );
  });

  it("names the press reports for FY2026's ふるさと住民 track, every reference an inference, FY2025's carried", () => {
    const calc = calculate(fixture("furusato-resident-track"));
    const sources = section(renderTrace(calc), "出典");
    expect(sources).toContain(
      "| 報道 | 報道（ふるさと住民登録制度: 自治日報 2026年2月9日、総務省確認済みとされる事業者の概要資料） | あり |",
    );
    const cap = fy2026.furusato!.costCapYen.cite;
    const capStep = wordSteps(calc).find((s) => s.rule === "furusato-cost-cap")!;
    expect(sources).toContain(`| 報道 | ${cap.ref} | 手順 ${number(calc, capStep.id)} | あり | ${cap.noteJa} |`);
    // FY2025's citations as FY2026 carries them: inferences, the carried sentence once, then the reading.
    expect(sources).toContain(
      `| 省令 | 財政力補正 (市町村, standard wording) | 手順 2 | あり | ${fy2026.fiscalCorrection.municipality.cite.noteJa} |`,
    );
    const migration = tableRows(sources).find((r) => r[1] === "移住・定住対策 (2)")!;
    expect(migration[4]?.split("令和7年度の値を引き継ぐ")).toHaveLength(2);
    expect(migration[4]).toContain(fy2025.migration.capFullTimeYen.cite.noteJa);
    expect(migration[4]).toContain(fy2025.migration.capConcurrentYen.cite.noteJa);
    expect(renderTrace(calc, { lang: "en" })).toContain(
      "| press | Press reports (the ふるさと住民 track: 自治日報, 2026-02-09, and a vendor summary marked 総務省確認済み) | yes |",
    );
  });

  it("gives the Board of Audit's note where a line states 特定財源", () => {
    const calc = calculate(fixture("own-burden-half-grant"));
    const deduction = fy2025.ownBurden.deduction;
    const steps = wordSteps(calc).filter((s) => s.rule === "own-burden");
    expect(steps).toHaveLength(2);
    expect(section(renderTrace(calc), "出典")).toContain(
      `| 決算検査報告 | ${deduction.ref} | 手順 ${number(calc, steps[0]!.id)} ほか1件 | なし | ${deduction.noteJa} |`,
    );
  });

  it("names the sources without notes under a ruleset the library does not ship, by its id", () => {
    const ruleset = defineRuleset(fy2025, {
      id: "FY2025-cap-6m",
      fiscalYear: 2025,
      parameters: {
        coordinator: {
          capFullTimeYen: {
            value: "6000000",
            cite: { source: "seed", ref: "1人当たり600万円上限（試算）", inference: true, note: "A what-if cap." },
          },
        },
      },
    });
    const calc = calculate(readmeApplication(), { ruleset });
    const md = renderTrace(calc);
    expect(md).toContain("/ ルールセット: FY2025-cap-6m\n");
    const sources = section(md, "出典");
    expect(sources).toContain("| 決算検査報告 | 会計検査院 決算検査報告 | なし |");
    expect(sources).toContain(
      `| 総務省資料 | 1人当たり600万円上限（試算） | 手順 ${number(calc, "person/dual-residence/A/coordinator-cap")} | あり | - |`,
    );
    expect(renderTrace(calc, { lang: "en" })).toContain("/ Ruleset: FY2025-cap-6m\n");
  });

  it("says none where no step cites a source (an edited file)", () => {
    const edited = JSON.parse(JSON.stringify(readme)) as { trace: { steps: { cite: string }[] } };
    for (const step of edited.trace.steps) step.cite = "conservation";
    const md = renderTrace(edited as unknown as Calculation);
    expect(md.endsWith("## 出典\n\nなし\n")).toBe(true);
    expect(md).toContain("- 根拠: conservation\n");
  });

  it("is the same table in Markdown, text and HTML, the HTML linking each reference's first step", () => {
    const md = tableRows(section(renderTrace(kesennuma), "出典"));
    const html = parseHtml(renderTrace(kesennuma, { format: "html" }));
    const [main] = findAll(html, (e) => e.tag === "main");
    const blocks = (main as HtmlElement).children.filter((c): c is HtmlElement => typeof c !== "string");
    const at = blocks.findIndex((b) => b.tag === "h2" && textOf(b) === "出典");
    const tables = blocks.slice(at).filter((b) => b.tag === "table");
    const cells = tables.flatMap((t) =>
      findAll(t, (e) => e.tag === "tr").map((tr) => findAll(tr, (e) => e.tag === "td" || e.tag === "th").map(textOf)),
    );
    expect(cells).toEqual(md);
    const links = findAll(tables[1]!, (e) => e.tag === "a");
    expect(links[0]?.attrs).toEqual({ href: "#step-project/P1/fn5", title: "project/P1/fn5" });
    expect(textOf(links[0]!)).toBe("手順 3");
    const text = renderTrace(kesennuma, { format: "text" });
    expect(text).toMatch(/^総務省資料 {2}※1 {2}手順 6\n {2}推定: なし\n {2}注記: -$/m);
  });
});

/** Every Japanese document of the fixtures and the example, in the three formats, as a reader sees it. */
function visibleJapanese(calc: Calculation): Record<string, string> {
  // The steps' own ids stay: as the headings of 計算過程 ("6. line/E3/fn1（※1）").
  const stepHeading = /^(?:### )?\d+\. \S+(?=（)/gm;
  const html = parseHtml(renderTrace(calc, { format: "html" }));
  const visible = (e: HtmlElement): string =>
    e.tag === "style" || e.tag === "title"
      ? ""
      : e.children.map((c) => (typeof c === "string" ? c : c.tag === "h3" ? `\n${textOf(c)}\n` : visible(c))).join(" ");
  return {
    markdown: renderTrace(calc).replace(stepHeading, ""),
    text: renderTrace(calc, { format: "text" }).replace(stepHeading, ""),
    html: visible(html).replace(stepHeading, ""),
  };
}

const ALL = [
  ["the example (気仙沼市)", kesennuma] as const,
  ...loadFixtures().map((f) => [f.file, calculate(f.input)] as const),
];

describe("the Japanese 計算書 shows no internal id outside the steps' own", () => {
  it.each(ALL)("%s", (_, calc) => {
    for (const [format, text] of Object.entries(visibleJapanese(calc))) {
      // Rules, review codes, the ruleset: by their marks and words.
      expect(text, format).not.toMatch(
        /\bfn[1-5]\b|coordinator-cap|double-claim|other-item|migration-measure|cap-basis|furusato-provisional|fn4-coordinator|mixed-posts|similar-persons|body-name-differs|\bFY20\d\d\b|\[line\/|\bseed\b|\bordinance\b/,
      );
      // A value of an enumeration keeps its raw form, labelled with its words.
      for (const m of text.matchAll(/\b(municipality|prefecture|full-time|concurrent)\b/g))
        expect(text.slice(m.index, m.index + m[0].length + 1), format).toMatch(/（$/);
    }
  });

  it("reads the README application's steps in words, its why-not and review by the step's number", () => {
    const md = renderTrace(readme);
    expect(md.replace(/^### \d+\. \S+/gm, "")).not.toContain("fn2");
    expect(md).toContain("### 5. line/E2/fn2（※2）");
    const fn2 = number(readme, "line/E2/fn2");
    expect(md).toContain(`### ${fn2}. line/E2/fn2（※2）\n`);
    expect(md).toContain(
      "- 入力: implementer = private（民間事業者）; work = new（新築）\n- 結果: outcome = excluded（対象外）",
    );
    expect(md).toContain(`### ${fn2 + 1}. line/E2（判定）\n`);
    expect(md).toContain("- 入力: amountYen = 30000000; checks = ※2: 対象外\n");
    expect(md).toContain("- 入力: kind = municipality（市町村）; index = 0.45;");
    expect(md).toContain("### 8. person/dual-residence/A/coordinator-cap（上限）");
    expect(md).toContain("- 根拠: 総務省資料 ※2\n");
    expect(md).toContain("- 根拠: 省令 財政力補正 (市町村, standard wording)（推定）\n");
    expect(md).toContain("/ ルールセット: 令和7年度版\n");
    const why = tableRows(section(md, "対象外・上限超過の理由"));
    expect(why.map((r) => [r[0], r[2], r[6]])).toEqual([
      ["行", "規定", "計算過程"],
      ["E2", "※2", `手順 ${fn2}`],
      ["C1", "総務省資料 1人当たり500万円上限", "手順 8"],
    ]);
    const en = renderTrace(readme, { lang: "en" });
    expect(en).toContain(`| step ${fn2} (line/E2/fn2) |`);
    expect(en).toContain(`### ${fn2}. line/E2/fn2 (fn2)\n`);
    expect(en).toContain("- source: seed ※2\n");
    expect(en).toContain("checks = fn2=excluded");
    expect(en).toContain("/ Ruleset: FY2025\n");
  });

  it("lists what needs review by the step's number and the reason in words; English keeps the code", () => {
    const review = kesennuma.review[0]!;
    const n = number(kesennuma, review.stepId);
    expect(section(renderTrace(kesennuma), "要確認")).toContain(
      `\n- 手順 ${n} 移住・定住対策へ振替: ${review.note.ja}\n`,
    );
    expect(renderTrace(kesennuma, { format: "text" })).toContain(
      `\n  手順 ${n} 移住・定住対策へ振替: ${review.note.ja}\n`,
    );
    expect(renderTrace(kesennuma, { lang: "en" })).toContain(
      `\n- step ${n} (project/P2/fn5) migration-measure: ${review.note.en}\n`,
    );
    const html = renderTrace(kesennuma, { format: "html" });
    expect(html).toContain(
      `<li><a href="#step-project/P2/fn5" title="project/P2/fn5">手順 ${n}</a> 移住・定住対策へ振替: ${review.note.ja}</li>`,
    );
    // A capped coordinator of the migration measure: its cap as its step's 根拠 names it.
    const application = readmeApplication();
    application.coordinators[0].primaryPurpose = "migration";
    const migration = renderTrace(calculate(application));
    expect(tableRows(section(migration, "対象外・上限超過の理由"))[2]?.slice(0, 3)).toEqual([
      "C1",
      "上限超過",
      "省令 移住・定住対策 (2)（推定）",
    ]);
  });

  it("shows an edited file's unknown rule, review code and step as they are", () => {
    const json = JSON.parse(JSON.stringify(kesennuma)) as {
      trace: { steps: { rule: string; inputs: Record<string, string> }[] };
      review: { stepId: string; code: string }[];
    };
    json.trace.steps[0]!.rule = "made-up";
    const disposition = json.trace.steps.find((s) => "checks" in s.inputs)!;
    disposition.inputs.checks = "made-up=odd, fn2=excluded";
    json.review[0]!.code = "made-up-code";
    json.review[0]!.stepId = "no/such/step";
    const edited = json as unknown as Calculation;
    const md = renderTrace(edited);
    expect(md).toContain("### 1. body/fiscal-capability-index（made-up）");
    expect(md).toContain("checks = made-up: odd、※2: 対象外");
    expect(md).toContain("- no/such/step made-up-code: ");
    const html = renderTrace(edited, { format: "html" });
    expect(html).toContain(
      '<li><a href="#step-no/such/step" title="no/such/step">no/<wbr>such/<wbr>step</a> made-up-code: ',
    );
  });
});

describe("who prepared the 計算書 and when (preparedBy, preparedOn)", () => {
  const by = "気仙沼市 地域づくり推進課";
  const on = "令和8年3月31日";

  it("shows them under the title, in every format but CSV", () => {
    const md = renderTrace(readme, { preparedBy: by, preparedOn: on }).split("\n");
    expect(md.slice(0, 5)).toEqual([
      "# 二地域居住・関係人口に係る特別交付税措置 計算書",
      "",
      `作成者: ${by} / 作成日: ${on}`,
      "",
      "団体: 気仙沼市 (042056, 市町村) / 年度: 令和7年度（2025年度） / ルールセット: 令和7年度版",
    ]);
    expect(renderTrace(readme, { lang: "en", preparedBy: by, preparedOn: "2026-03-31" }).split("\n")[2]).toBe(
      `Prepared by: ${by} / Prepared on: 2026-03-31`,
    );
    const text = renderTrace(readme, { format: "text", preparedOn: on }).split("\n");
    expect(text[3]).toBe(`作成日: ${on}`);
    const html = parseHtml(renderTrace(readme, { format: "html", preparedBy: by }));
    expect(findAll(html, (e) => e.tag === "p" && e.attrs.class === "prepared").map(textOf)).toEqual([`作成者: ${by}`]);
    expect(renderTrace(readme, { format: "csv", preparedBy: by, preparedOn: on })).toBe(
      renderTrace(readme, { format: "csv" }),
    );
  });

  it("leaves the document as it was where they are absent or empty, and adds only their line where given", () => {
    for (const format of ["markdown", "text", "html"] as const) {
      for (const lang of ["ja", "en"] as const) {
        const plain = renderTrace(readme, { format, lang });
        expect(renderTrace(readme, { format, lang, preparedBy: undefined, preparedOn: "" })).toBe(plain);
        const prepared = renderTrace(readme, { format, lang, preparedBy: by, preparedOn: on });
        const line = prepared.split("\n").find((l) => l.includes(by))!;
        const blank = format === "html" ? "" : "\n";
        expect(prepared.replace(`${line}\n${blank}`, "")).toBe(plain);
      }
    }
  });

  it("escapes them like any text of the document", () => {
    const hostile = {
      preparedBy: "<script>alert(\"x\")</script> & 'co'",
      preparedOn: "# 2026\n## 算定額 99,999千円\u001b[2J",
    };
    const html = renderTrace(readme, { format: "html", ...hostile });
    expect(html).not.toContain("<script>");
    expect(html).toContain(
      '<p class="prepared">作成者: &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;co&#39; / 作成日: # 2026\n## 算定額 99,999千円\u001b[2J</p>',
    );
    const md = renderTrace(readme, hostile);
    expect(md.split("\n")[2]).toBe(
      "作成者: &lt;script>alert(\"x\")&lt;/script> &amp; 'co' / 作成日: # 2026<br>## 算定額 99,999千円\\u001b[2J",
    );
    expect(md).not.toMatch(/^## 算定額/m);
    expect(renderTrace(readme, { format: "text", ...hostile }).split("\n")[3]).toBe(
      "作成者: <script>alert(\"x\")</script> & 'co' / 作成日: # 2026\\n## 算定額 99,999千円\\u001b[2J",
    );
  });

  it("refuses a date that is not text: the library reads no clock and formats no date", () => {
    const options = { preparedOn: new Date(0) } as unknown as { preparedOn: string };
    expect(() => renderTrace(readme, options)).toThrow(
      new TypeError(
        'renderTrace: preparedOn must be a string, as it is to be shown (e.g. "2026-03-31" or "令和8年3月31日"), not [object Date]',
      ),
    );
    expect(() => renderTrace(readme, { preparedBy: 1 } as unknown as { preparedBy: string })).toThrow(
      /preparedBy must be a string.*not \[object Number\]/,
    );
  });
});

describe("without preparedBy and preparedOn, the document is as before but for the sources and the step numbers", () => {
  const before = (lang: "ja" | "en") =>
    readFileSync(new URL(`./golden/kesennuma.before-sources.${lang}.md`, import.meta.url), "utf8");

  it("English: the same document, once the sources section and the steps' numbers are taken out", () => {
    const md = renderTrace(kesennuma, { lang: "en" });
    const withoutSources = md.slice(0, md.indexOf("\n## Sources\n") + 1).replace(/\n+$/, "\n");
    const withoutNumbers = withoutSources
      .replace(/^- step \d+ \((\S+)\) /gm, "- [$1] ")
      .replace(/\| step \d+ \((\S+)\) \|$/gm, "| $1 |");
    // The format version and the digests are the one change of the data-only trace (version 4).
    const mask = (text: string) =>
      text.replace(/[0-9a-f]{64}/g, "#").replace(/(schemaVersion|形式の版)([^0-9]{0,40})[0-9]/g, "$1$2V");
    expect(mask(withoutNumbers)).toBe(mask(before("en")));
    // The numbers are the steps' places in the trace.
    expect(md).toContain("| step 16 (person/dual-residence/coordinator-a/coordinator-cap) |");
    expect(number(kesennuma, "person/dual-residence/coordinator-a/coordinator-cap")).toBe(16);
  });

  it("Japanese: the same survey form, totals, pillars and ledger under the one title 計算書", () => {
    const upTo = (md: string) => md.slice(0, md.indexOf("\n## 対象外・上限超過の理由\n")).split("\n");
    const now = upTo(renderTrace(kesennuma));
    const was = upTo(before("ja"));
    expect(now.slice(3)).toEqual(was.slice(3));
    expect([now[0], was[0]]).toEqual([
      "# 二地域居住・関係人口に係る特別交付税措置 計算書",
      "# 二地域居住・関係人口に係る特別交付税措置 算定書",
    ]);
    expect(now[2]?.replace("ルールセット: 令和7年度版", "ルールセット: FY2025")).toBe(was[2]);
  });
});

describe("the ledger's 根拠 in the Japanese document", () => {
  it("is said in words (it cites no source: the ledger is arithmetic)", async () => {
    const { calculate, renderTrace } = await import("../../src/index.js");
    const { readmeApplication } = await import("../support.js");
    const ja = renderTrace(calculate(readmeApplication()), { format: "markdown", lang: "ja" });
    expect(ja).toContain("- 根拠: 収支照合（入力した全額の行き先を確認）");
    expect(ja).not.toContain("conservation (every input yen");
    const en = renderTrace(calculate(readmeApplication()), { format: "markdown", lang: "en" });
    expect(en).toContain("conservation (every input yen has a disposition)");
  });
});
