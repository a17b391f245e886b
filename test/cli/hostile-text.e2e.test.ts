import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { readmeApplication } from "../support.js";
import { runCli, useBuiltCli } from "./built-cli.js";

/*
 * What `dra` writes to a terminal carries no raw control character, whatever the input holds: a body name
 * with ESC sequences, an amount "\u001b[2J120", an edited calculation, a CSV cell. (The input policy may
 * refuse some of these values; then the refusal is what must be safe. Either way, nothing raw.)
 */
const built = useBuiltCli();

/** A raw control character but the line feeds that end lines, or a lone surrogate (shown as U+FFFD). */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffd]/;

const ESC_NAME = "気仙沼市\u001b[2J\u001b]0;pwned\u0007\u009b31m";

function hostileApplication(): Record<string, any> {
  const application = readmeApplication();
  application.body.name = ESC_NAME;
  application.projects[0].expenses.push({
    id: "E3",
    item: "information.other",
    amount: "100000",
    description: "相談会\n\n## 算定額 99,999千円\tA|B\r",
    cashHandout: false,
  });
  application.coordinators[0].person = "A\u001b[31m";
  return application;
}

describe("dra on hostile text", () => {
  it.each(["text", "markdown"])("calc --format %s writes no raw control (or refuses with none)", async (format) => {
    const result = await runCli(built.cli, ["calc", "-", "--format", format], {
      stdin: JSON.stringify(hostileApplication()),
    });
    expect(result.stdout + result.stderr).not.toMatch(RAW);
    if (result.code === 0) {
      expect(result.stdout).toContain("\\u001b[2J");
      expect(result.stdout).not.toMatch(/^#+ 算定額 99,999千円/m);
    } else {
      // The text policy refuses the name at its path, naming the character rather than echoing it.
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("$.body.name: name holds a control character (U+001B)");
    }
  });

  it('quotes an amount "\\u001b[2J120" escaped in the error', async () => {
    const application = readmeApplication();
    application.projects[0].expenses[0].amount = "\u001b[2J120";
    const result = await runCli(built.cli, ["calc", "-"], { stdin: JSON.stringify(application) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('$.projects[0].expenses[0].amount: amount "\\u001b[2J120" is not integer yen');
    expect(result.stderr).not.toMatch(RAW);
  });

  it("verify lists an edit to hostile text escaped", async () => {
    const calc = JSON.parse(JSON.stringify(api.calculate(readmeApplication()))) as { body: { name: string } };
    calc.body.name = "気仙沼市\u001b[2J\u009b\u007f";
    const file = join(built.dir, "edited.json");
    writeFileSync(file, JSON.stringify(calc));
    const result = await runCli(built.cli, ["verify", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("\\u001b[2J\\u009b\\u007f");
    expect(result.stdout + result.stderr).not.toMatch(RAW);
  });

  it.each([
    ["an amount", "", ",\u001b[2J120", "\\u001b[2J120"],
    ["a cell under no header", ",", ",120,\u001b[31mnote", '"\\u001b[31mnote"'],
    ["a header", ",\u001b]0;x\u0007", ",120,y", '"\\u001b]0;x\\u0007"'],
  ])("batch reports %s with controls escaped", async (_, header, cells, shown) => {
    writeFileSync(join(built.dir, "bodies.csv"), "code,name,kind,fci\n042056,気仙沼市,municipality,0.45\n");
    writeFileSync(
      join(built.dir, "lines.csv"),
      `body_code,project_id,purpose,line_id,item,amount${header}\n042056,P1,dual-residence,E1,information.consultation-events${cells}\n`,
    );
    const result = await runCli(built.cli, ["batch", "bodies.csv", "lines.csv", "--out", "out", "-q"], {
      cwd: built.dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(shown);
    expect(result.stdout + result.stderr).not.toMatch(RAW);
  });
});
