import { describe, expect, it } from "vitest";
import { calculate, explainLine, renderTrace, type Calculation, type FactChange } from "../../src/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { validApplication } from "../support.js";

/** The README's application: E2 is a private operator's new construction (※2), C1 is over the cap. */
function readmeApplication(): Record<string, any> {
  const app = validApplication();
  app.projects[0].expenses[1] = {
    id: "E2",
    item: "opportunity.facilities",
    amount: "30000000",
    facility: { implementer: "private", work: "new" },
  };
  return app;
}

/** Applies fact changes to a copy of an input, as a user would edit the application. */
function applyChanges(input: unknown, changes: readonly FactChange[]): unknown {
  const app = structuredClone(input) as any;
  for (const change of changes) {
    const [kind, id] = change.subject.split(" ");
    const records: any[] =
      kind === "expense"
        ? app.projects.flatMap((p: any) => p.expenses)
        : kind === "coordinator"
          ? app.coordinators
          : app.projects;
    const record = records.find((r) => r.id === id);
    if (!record) throw new Error(`no ${change.subject}`);
    const keys = change.fact.split(".");
    const last = keys.pop() as string;
    const holder = keys.reduce((o, k) => o[k], record);
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- undoes an edit: removes the fact the change names
    if (change.to === undefined) delete holder[last];
    else holder[last] = change.to === "true" ? true : change.to === "false" ? false : change.to;
  }
  return app;
}

const ruleOf = (calc: Calculation, lineId: string) => calc.lines.find((l) => l.id === lineId);

describe("explainLine", () => {
  const calc = calculate(readmeApplication());

  it("explains a ※2 exclusion: footnote, condition, the failed facts, the smallest change, the step", () => {
    const e = explainLine(calc, "E2");
    expect(e).toMatchObject({
      lineId: "E2",
      stepId: "line/E2",
      disposition: "excluded",
      measure: "dual-residence",
      amountYen: "30000000",
      eligibleYen: "0",
      excludedYen: "30000000",
    });
    const why = e?.reasons[0];
    expect(why).toMatchObject({ rule: "fn2", footnote: "※2", stepId: "line/E2/fn2", cite: "seed ※2" });
    expect(why?.failed.map((f) => [f.fact, f.value])).toEqual([
      ["facility.implementer", "private"],
      ["facility.work", "new"],
    ]);
    expect(why?.changes).toEqual([
      [
        {
          subject: "expense E2",
          fact: "facility.work",
          from: "new",
          to: "renovation",
          label: { ja: "新築ではなく改修（※2）", en: "renovation instead of new construction (※2)" },
        },
      ],
      [
        {
          subject: "expense E2",
          fact: "facility.implementer",
          from: "private",
          to: "government",
          label: {
            ja: "民間事業者ではなく地方自治体が実施主体（※2）",
            en: "the body itself instead of a private operator (※2)",
          },
        },
        { subject: "expense E2", fact: "facility.regionalBondCovers", to: "false", label: expect.anything() },
      ],
    ]);
    expect(e?.wouldCount.map((c) => c.label.en)).toEqual(["renovation instead of new construction (※2)"]);
    expect(e?.summary.ja).toBe(
      "対象外。※2により対象外（民間事業者が実施主体、新築）。対象となる最小の変更: 新築ではなく改修（※2）。",
    );
  });

  it("explains a cap: the cap, the person's total, the excess, and the cost that would fit", () => {
    const why = explainLine(calc, "C1")?.reasons[0];
    expect(why).toMatchObject({
      rule: "coordinator-cap",
      footnote: "1人当たり500万円上限",
      stepId: "person/dual-residence/A/coordinator-cap",
    });
    expect(why?.cap).toEqual({
      person: "A",
      post: "full-time",
      capYen: "5000000",
      personTotalYen: "6200000",
      countedYen: "5000000",
      personExcessYen: "1200000",
      amountYen: "6200000",
      eligibleYen: "5000000",
      excessYen: "1200000",
    });
    expect(why?.changes).toEqual([
      [expect.objectContaining({ subject: "coordinator C1", fact: "cost", from: "6200000", to: "5000000" })],
    ]);
  });

  it("says nothing is wrong with an eligible line, and nothing of an unknown one", () => {
    expect(explainLine(calc, "E1")).toMatchObject({ disposition: "eligible", reasons: [], wouldCount: [] });
    expect(explainLine(calc, "E99")).toBeUndefined();
  });

  it("reads the steps, so an edited trace missing them is refused", () => {
    const edited = JSON.parse(JSON.stringify(calc));
    edited.trace.steps = edited.trace.steps.filter((s: any) => s.id !== "line/E2");
    expect(() => explainLine(edited, "E2")).toThrow("no step line/E2");
  });

  it("every fact it names is the value in the step's inputs", () => {
    for (const fixture of loadFixtures()) {
      const c = calculate(fixture.input);
      for (const line of c.lines) {
        for (const why of explainLine(c, line.id)?.reasons ?? []) {
          const step = c.trace.steps.find((s) => s.id === why.stepId);
          expect(step, why.stepId).toBeDefined();
          for (const fact of why.failed) {
            if (why.rule !== "coordinator-cap")
              expect(
                step?.inputs[fact.fact.split(".").at(-1) as string],
                `${fixture.file} ${line.id} ${fact.fact}`,
              ).toBe(fact.value);
          }
        }
      }
    }
  });

  it("every change it offers, applied to the input, lifts that rule's exclusion (each fixture, each alternative)", () => {
    let checked = 0;
    for (const fixture of loadFixtures()) {
      const c = calculate(fixture.input);
      for (const line of c.lines.filter((l) => l.disposition !== "eligible")) {
        const e = explainLine(c, line.id);
        expect(e?.reasons.length, `${fixture.file} ${line.id}`).toBeGreaterThan(0);
        for (const why of e?.reasons ?? []) {
          for (const changes of why.changes) {
            const after = calculate(applyChanges(fixture.input, changes));
            const flipped = ruleOf(after, line.id);
            const label = `${fixture.file} ${line.id} ${changes.map((x) => `${x.fact}→${x.to}`).join(", ")}`;
            if (why.rule === "coordinator-cap") expect(flipped?.disposition, label).toBe("eligible");
            else {
              // A change that removes the rule's field (withdraw a double claim) leaves no step: the rule no longer runs.
              const outcome = after.trace.steps.find((s) => s.id === why.stepId)?.output.outcome;
              const removed = changes.every((x) => x.to === undefined);
              expect(outcome ?? (removed && !flipped?.rules.includes(why.rule) ? "passes" : undefined), label).toBe(
                "passes",
              );
            }
            checked++;
          }
        }
        // All reasons' smallest changes together: the line counts in full (coordinators may then meet the cap).
        const all = ruleOf(calculate(applyChanges(fixture.input, e?.wouldCount ?? [])), line.id);
        if (e?.wouldCount.length)
          expect(
            all?.disposition === "eligible" || (line.kind === "coordinator" && all?.disposition === "capped"),
            `${fixture.file} ${line.id}`,
          ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("with two reasons, the smallest change takes both; each alone is not enough", () => {
    const app = readmeApplication();
    app.projects[0].expenses[1].facility.regionalBondCovers = true;
    app.projects[0].expenses[1].cashHandout = true;
    const e = explainLine(calculate(app), "E2");
    expect(e?.reasons.map((r) => r.footnote)).toEqual(["※2", "※3"]);
    expect(e?.reasons[0]?.failed.map((f) => f.fact)).toEqual([
      "facility.implementer",
      "facility.work",
      "facility.regionalBondCovers",
    ]);
    expect(e?.wouldCount.map((c) => `${c.fact}→${c.to}`)).toEqual([
      "facility.work→renovation",
      "facility.regionalBondCovers→false",
      "cashHandout→false",
    ]);
    expect(e?.summary.en).toContain(
      "To count in full, all of: renovation instead of new construction (※2); not covered by the regional-revitalisation bond (※2); not a cash handout (※3).",
    );
    expect(ruleOf(calculate(applyChanges(app, e?.wouldCount ?? [])), "E2")?.disposition).toBe("eligible");
    expect(ruleOf(calculate(applyChanges(app, e?.reasons[0]?.changes[0] ?? [])), "E2")?.disposition).toBe("excluded");
  });

  it("explains ※5 routing for lines sent to the migration measure", () => {
    const app = readmeApplication();
    app.projects[0].primaryPurpose = "migration";
    const routed = explainLine(calculate(app), "E1");
    expect(routed?.routing).toMatchObject({
      stepId: "project/P1/fn5",
      measure: "migration",
      change: [{ subject: "project P1", fact: "primaryPurpose", from: "migration", to: "dual-residence" }],
    });
  });

  it("is in the rendered trace, in both languages and every format", () => {
    expect(renderTrace(calc)).toContain("| E2 | 対象外 | ※2 | 民間事業者が実施主体となる施設整備は新築を除き対象。");
    expect(renderTrace(calc, { lang: "en", format: "text" })).toContain(
      "Smallest change that would count it: renovation instead of new construction (※2)",
    );
    expect(renderTrace(calc, { format: "html" })).toContain("新築ではなく改修（※2）");
    expect(renderTrace(calc, { format: "csv" })).toContain("対象となる最小の変更: 新築ではなく改修（※2）。");
  });
});
