import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { REPO, runCli, useBuiltCli } from "./built-cli.js";

/*
 * The three digests by hand (docs/audit.md): `dra digest` and the Node one-liner of the guide recompute
 * what `calculate` recorded, byte for byte, also where jq's recipe does not: keys outside the BMP (RFC
 * 8785 sorts by UTF-16 code units, jq by code point) and U+007F (jq escapes it, RFC 8785 does not).
 */
const built = useBuiltCli();

const kesennuma = api.calculate(
  JSON.parse(readFileSync(join(REPO, "examples/kesennuma-application.json"), "utf8")) as unknown,
);

/**
 * A calculation whose keys sort differently by UTF-16 unit and by code point ("𠮷-1" before "ｱ-1" in
 * RFC 8785, after it in jq) and with U+007F in a string; its digests recomputed by the library, so
 * that the file is consistent. (Made by editing a calculation: the input policy may refuse such text.)
 */
function awkwardCalculation(): api.Calculation {
  const json = JSON.stringify(api.calculate(readmeLike()))
    .replaceAll('"E1', '"𠮷-1')
    .replaceAll("/E1", "/𠮷-1")
    .replaceAll(" E1", " 𠮷-1")
    .replaceAll('"E2', '"ｱ-1')
    .replaceAll("/E2", "/ｱ-1")
    .replaceAll(" E2", " ｱ-1")
    .replaceAll("気仙沼市", "気仙沼\\u007f市");
  const calc = JSON.parse(json) as api.Calculation;
  const digests = api.calculationDigests(calc, api.getRuleset(2025));
  return { ...calc, trace: { ...calc.trace, digests } };
}

function readmeLike(): unknown {
  return {
    fiscalYear: 2025,
    body: { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" },
    projects: [
      {
        id: "P1",
        primaryPurpose: "dual-residence",
        expenses: [
          { id: "E1", item: "information.consultation-events", amount: "1200000" },
          { id: "E2", item: "information.event-booths", amount: "800000" },
        ],
      },
    ],
  };
}

/** The ```sh block of docs/audit.md that runs `node -e`: the guide's recipe, run as written. */
function guideOneLiner(): string {
  const doc = readFileSync(join(REPO, "docs/audit.md"), "utf8");
  const block = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes("node -e"));
  if (!block) throw new Error("docs/audit.md has no ```sh block with node -e");
  return block;
}

const hasJq = spawnSync("jq", ["--version"]).status === 0;

describe("dra digest", () => {
  it("prints the three digests recomputed, each = trace.digests (exit 0)", async () => {
    const file = join(built.dir, "kesennuma.json");
    writeFileSync(file, JSON.stringify(kesennuma, null, 2));
    const text = await runCli(built.cli, ["digest", file]);
    expect(text.stderr).toBe("");
    expect(text.code).toBe(0);
    const d = kesennuma.trace.digests;
    expect(text.stdout).toContain(`  input   ${d.input}  = trace.digests.input\n`);
    expect(text.stdout).toContain(`  ruleset ${d.ruleset}  = trace.digests.ruleset\n`);
    expect(text.stdout).toContain(`  result  ${d.result}  = trace.digests.result\n`);
    const json = await runCli(built.cli, ["digest", file, "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual({
      algorithm: "SHA-256",
      recomputed: { input: d.input, ruleset: d.ruleset, result: d.result },
      recorded: d,
      ok: true,
    });
  });

  it("names the part that was edited after it was digested (exit 1)", async () => {
    const edited = JSON.parse(JSON.stringify(kesennuma)) as { allocation: { totalThousandYen: string } };
    edited.allocation.totalThousandYen = "99999";
    const file = join(built.dir, "edited.json");
    writeFileSync(file, JSON.stringify(edited));
    const result = await runCli(built.cli, ["digest", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("= trace.digests.input");
    expect(result.stdout).toMatch(/result {2}[0-9a-f]{64} {2}differs from trace\.digests\.result: "[0-9a-f]{64}"/);
    expect(result.stdout).toContain("NOT all three match");
  });

  it("recomputes keys outside the BMP and U+007F as calculate does", async () => {
    const calc = awkwardCalculation();
    expect(JSON.stringify(calc.trace.steps)).toContain('"𠮷-1":"1200000","ｱ-1":"800000"');
    const file = join(built.dir, "awkward.json");
    writeFileSync(file, JSON.stringify(calc, null, 2));
    const result = await runCli(built.cli, ["digest", file, "-f", "json"]);
    expect(result.code).toBe(0);
    const { input, ruleset, result: digest } = calc.trace.digests;
    expect(JSON.parse(result.stdout)).toMatchObject({ recomputed: { input, ruleset, result: digest }, ok: true });
  });

  it("reads stdin; refuses a file that is not a calculation (exit 1)", async () => {
    const ok = await runCli(built.cli, ["digest", "-"], { stdin: JSON.stringify(kesennuma) });
    expect(ok.code).toBe(0);
    const bad = await runCli(built.cli, ["digest", "-"], { stdin: '{"lines": []}' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("stdin: not a calculation");
    const unknown = JSON.parse(JSON.stringify(kesennuma)) as { trace: { rulesetId: string } };
    unknown.trace.rulesetId = "FY1999\u001b[2J";
    const other = await runCli(built.cli, ["digest", "-"], { stdin: JSON.stringify(unknown) });
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('(no ruleset "FY1999\\u001b[2J" in this library: not recomputed)');
  });
});

describe("docs/audit.md: the digests with Node alone", () => {
  const run = (calc: unknown) => {
    writeFileSync(join(built.dir, "calculation.json"), JSON.stringify(calc, null, 2));
    const result = spawnSync("sh", ["-c", guideOneLiner()], { cwd: built.dir, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return result.stdout;
  };

  it("prints the input and result digests calculate recorded", () => {
    const d = kesennuma.trace.digests;
    expect(run(kesennuma)).toBe(`input  ${d.input}\nresult ${d.result}\n`);
  });

  it("agrees where jq does not: keys outside the BMP, U+007F", () => {
    const calc = awkwardCalculation();
    const d = calc.trace.digests;
    expect(run(calc)).toBe(`input  ${d.input}\nresult ${d.result}\n`);
  });

  it.skipIf(!hasJq)("(jq's recipe gives other digests for that file, as the guide says)", () => {
    const calc = awkwardCalculation();
    writeFileSync(join(built.dir, "calculation.json"), JSON.stringify(calc));
    const jq = spawnSync("sh", ["-c", "jq -cjS .trace.input calculation.json | sha256sum"], {
      cwd: built.dir,
      encoding: "utf8",
    });
    expect(jq.stdout.slice(0, 64)).toMatch(/^[0-9a-f]{64}$/);
    expect(jq.stdout.slice(0, 64)).not.toBe(calc.trace.digests.input);
  });
});

describe("dra digest of a version 2 file", () => {
  it("recomputes its ruleset digest as version 2 took it: an untouched file matches", async () => {
    const file = join(REPO, "test/trace/version-2/fy2026-carried.calculation.json");
    const result = await runCli(built.cli, ["digest", file]);
    expect(result.stdout).toContain("all three match the file's trace.digests");
    expect(result.code).toBe(0);
  });
});
