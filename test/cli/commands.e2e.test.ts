import { fileURLToPath } from "node:url";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { readmeApplication } from "../support.js";
import { readCsvFile, REPO, runCli, useBuiltCli } from "./built-cli.js";

// The built `dra` for one application at a time: calc, verify, schema, catalog, help.
const built = useBuiltCli();

/** The README's application: 1,200,000 × 0.5 × 1.00 + 5,000,000 (cap) = 5,600,000 yen → 5,600 千円. */
const README_APPLICATION = JSON.stringify(readmeApplication());

describe("dra calc", () => {
  it("reads an application from stdin and writes the Calculation as JSON", async () => {
    const result = await runCli(built.cli, ["calc", "-"], { stdin: README_APPLICATION });
    expect(result.code).toBe(0);
    const calculation = JSON.parse(result.stdout) as api.Calculation;
    expect(calculation.allocation.totalThousandYen).toBe("5600");
    expect(calculation.allocation.totalYen).toBe("5600000");
    expect(calculation.lines.map((l) => l.disposition)).toEqual(["eligible", "excluded", "capped"]);
  });

  it("given a stored calculation, prints its 計算書 once it verifies; as JSON or edited, says what to do", async () => {
    const stored = (await runCli(built.cli, ["calc", "-"], { stdin: README_APPLICATION })).stdout;
    const fresh = await runCli(built.cli, ["calc", "-", "--format", "text"], { stdin: README_APPLICATION });
    const again = await runCli(built.cli, ["calc", "-", "--format", "text"], { stdin: stored });
    expect([again.code, again.stdout]).toEqual([0, fresh.stdout]);
    expect(again.stderr).toContain("is a stored calculation; it verifies");
    const json = await runCli(built.cli, ["calc", "-"], { stdin: stored });
    expect([json.code, json.stderr]).toEqual([1, expect.stringContaining("is a calculation, not an application")]);
    const edited = JSON.parse(stored) as { allocation: { totalYen: string } };
    edited.allocation.totalYen = "1";
    const refused = await runCli(built.cli, ["calc", "-", "-f", "html"], { stdin: JSON.stringify(edited) });
    expect([refused.code, refused.stdout]).toEqual([1, ""]);
    expect(refused.stderr).toContain("does not verify (2 differences)");
  });

  it("renders the trace as text or markdown, in Japanese or English, to stdout or --out", async () => {
    const text = await runCli(built.cli, ["calc", "-", "--format", "text"], { stdin: README_APPLICATION });
    expect(text.stdout).toContain("算定額（千円、四捨五入）");
    expect(text.stdout).toContain("5,600千円");
    const out = join(built.dir, "trace.md");
    const markdown = await runCli(built.cli, ["calc", "-", "-f", "markdown", "--lang", "en", "--out", out], {
      stdin: README_APPLICATION,
    });
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toBe("");
    const written = readFileSync(out, "utf8");
    expect(written).toMatch(/^# /);
    expect(written).toContain("5,600");
    expect(written).toContain("042056");
  });

  it("passes html and csv on to renderTrace", async () => {
    const html = await runCli(built.cli, ["calc", "-", "--format", "html"], { stdin: README_APPLICATION });
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/<html[\s>]/i);
    expect(html.stdout).toContain("5,600");
    const csv = await runCli(built.cli, ["calc", "-", "--format", "csv", "--lang", "en"], {
      stdin: README_APPLICATION,
    });
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith("\uFEFF")).toBe(true);
    expect(csv.stdout).toContain("E2");
  });

  it("lists every problem of an invalid application with its JSONPath, and exits 1", async () => {
    const bad = JSON.parse(README_APPLICATION) as {
      projects: { expenses: { amount: string }[] }[];
      body: { code: string };
    };
    bad.projects[0]!.expenses[0]!.amount = "１２０";
    bad.body.code = "042057";
    const result = await runCli(built.cli, ["calc", "-"], { stdin: JSON.stringify(bad) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("stdin: $.body.code: body code 042057 has check digit 7");
    expect(result.stderr).toContain(
      'stdin: $.projects[0].expenses[0].amount: amount "１２０" has full-width characters',
    );
    expect(result.stderr).toContain("2 problems in the application; nothing was computed");
  });

  it("refuses a file that is not JSON (with its line) or not UTF-8", async () => {
    const notJson = await runCli(built.cli, ["calc", "-"], { stdin: '{\n  "fiscalYear": 2025,\n  oops\n}' });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/^stdin line 3: not valid JSON/);
    const sjis = await runCli(built.cli, ["calc", "-"], {
      stdin: new Uint8Array([0x7b, 0x22, 0x8b, 0x43, 0x22, 0x7d]),
    });
    expect(sjis.code).toBe(1);
    expect(sjis.stderr).toContain("not valid UTF-8");
  });

  it("refuses an unknown format or language (exit 2) and a missing file (exit 2)", async () => {
    const format = await runCli(built.cli, ["calc", "x.json", "--format", "pdf"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format must be one of json, markdown, text, html, csv");
    expect(format.stderr).toContain("Usage: dra calc");
    expect((await runCli(built.cli, ["calc", "-", "--lang", "fr"], { stdin: README_APPLICATION })).code).toBe(2);
    expect((await runCli(built.cli, ["calc", "missing.json"])).stderr).toContain(
      "cannot read missing.json: no such file",
    );
  });
});

describe("dra calc --prepared-by / --prepared-on", () => {
  it("shows the 作成者・作成日 the user gives under the 計算書's title", async () => {
    const result = await runCli(
      built.cli,
      ["calc", "-", "--format", "text", "--prepared-by", "地域づくり推進課", "--prepared-on", "令和8年3月31日"],
      { stdin: README_APPLICATION },
    );
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").slice(0, 6).join("\n")).toContain("地域づくり推進課");
    expect(result.stdout.split("\n").slice(0, 6).join("\n")).toContain("令和8年3月31日");
  });
});

describe("dra calc and the ふるさと住民 track", () => {
  it("names the track's total in its closing line, apart from this measure's", async () => {
    const fixture = JSON.parse(readFileSync(join(REPO, "fixtures/furusato-resident-track.json"), "utf8")) as {
      input: unknown;
    };
    const result = await runCli(built.cli, ["calc", "-"], { stdin: JSON.stringify(fixture.input) });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "3,500 千円 (dual-residence measure); ふるさと住民 track 12,900 千円 (provisional, not in the total)",
    );
  });
});

describe("dra verify", () => {
  it("passes an untouched calculation (exit 0) and lists each edit of a tampered one (exit 1)", async () => {
    const file = join(built.dir, "calc.json");
    expect((await runCli(built.cli, ["calc", "-", "--out", file], { stdin: README_APPLICATION })).code).toBe(0);
    const ok = await runCli(built.cli, ["verify", file]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("verified");
    const calculation = JSON.parse(readFileSync(file, "utf8")) as { allocation: { totalYen: string } };
    calculation.allocation.totalYen = "5700000";
    const tampered = join(built.dir, "tampered.json");
    writeFileSync(tampered, JSON.stringify(calculation));
    const bad = await runCli(built.cli, ["verify", tampered]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("NOT verified");
    // The step by its number in the 計算書 and its id.
    expect(bad.stdout).toMatch(
      /^ {2}allocation\.totalYen \(step \d+ \(dual-residence\/total\)\): is "5700000", replay gives "5600000"$/m,
    );
    const json = await runCli(built.cli, ["verify", tampered, "--format", "json"]);
    const result = JSON.parse(json.stdout) as api.VerifyResult;
    expect(result.ok).toBe(false);
    expect(result.mismatches.some((m) => m.path === "allocation.totalYen")).toBe(true);
    // The reason comes before the list of differences.
    const [, why, first] = bad.stdout.split("\n");
    expect(why).toMatch(
      /^ {2}why: the result \(every field but trace\.input and trace\.digests\) was edited after it was digested/,
    );
    expect(first).toMatch(/^ {2}allocation\.totalYen/);
  });

  it("given an application instead of a calculation, says so and how to compute one", async () => {
    const app = join(built.dir, "application.json");
    writeFileSync(app, README_APPLICATION);
    const result = await runCli(built.cli, ["verify", app]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("NOT verified: it is not a calculation (it has no trace)\n");
    expect(result.stdout).toContain(
      "why: this is an application (the input), not a calculation: compute its calculation first — calculate(application), or `dra calc application.json --out calculation.json` — and verify that",
    );
  });

  it("a version 2 file verifies and says how it was replayed", async () => {
    const v2 = new URL("../trace/version-2/caps-full-time.calculation.json", import.meta.url);
    const result = await runCli(built.cli, ["verify", fileURLToPath(v2)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/schemaVersion "2" \(before 特定財源 and double claims\): replayed/);
  });
});

describe("dra schema and dra catalog", () => {
  it("prints the input JSON Schema", async () => {
    const result = await runCli(built.cli, ["schema", "input"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(api.applicationJsonSchema);
  });

  it("prints the calculation JSON Schema", async () => {
    const result = await runCli(built.cli, [
      "schema",
      "calculation",
      "--out",
      join(built.dir, "calculation.schema.json"),
    ]);
    expect(result.code).toBe(0);
    const schema = JSON.parse(readFileSync(join(built.dir, "calculation.schema.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(schema).toEqual(api.calculationJsonSchema);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const unknown = await runCli(built.cli, ["schema", "output"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown schema "output"; use "input" or "calculation"');
  });

  it("lists the catalog as text, JSON or CSV", async () => {
    const text = await runCli(built.cli, ["catalog"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("情報発信 (information)");
    expect(text.stdout).toMatch(
      /information\.registration-system\s+二地域居住者等の登録のためのシステムの構築・維持 {2}※1 ※3 ※5 {2}\[system\]/,
    );
    const json = JSON.parse((await runCli(built.cli, ["catalog", "--format", "json"])).stdout) as { items: unknown[] };
    expect(json.items).toHaveLength(api.catalog.items.length);
    const file = join(built.dir, "items.csv");
    await runCli(built.cli, ["catalog", "-f", "csv", "--lang", "en", "--out", file]);
    const rows = readCsvFile(file);
    expect(rows).toHaveLength(api.catalog.items.length + api.catalog.coordinatorActivities.length);
    expect(rows[0]).toEqual({
      kind: "item",
      id: "information.consultation-events",
      pillar: "information",
      label: "Consultation meetings and seminars",
      footnotes: "※3 ※5",
      required_facts: "",
    });
  });
});

describe("help, version and usage", () => {
  it("prints the overview with an example for dra, dra --help and dra help", async () => {
    for (const args of [[], ["help"]]) {
      const result = await runCli(built.cli, args);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Usage: dra <command>");
      expect(result.stdout).toContain("Example:");
    }
  });

  it.each(["calc", "batch", "verify", "digest", "schema", "catalog"])(
    "prints the usage of dra %s with an example",
    async (command) => {
      const result = await runCli(built.cli, [command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: dra ${command}`);
      expect(result.stdout).toContain("Example:");
    },
  );

  it("prints a command's usage for dra help <command> too", async () => {
    expect((await runCli(built.cli, ["help", "batch"])).stdout).toContain("Usage: dra batch");
  });

  it("prints the package version, and exits 2 on an unknown command", async () => {
    const version = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };
    expect((await runCli(built.cli, ["--version"])).stdout).toBe(`${version.version}\n`);
    const unknown = await runCli(built.cli, ["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});
