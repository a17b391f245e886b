import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalog, rulesets } from "../../src/index.js";
import { parametersOf, renderRulesDoc, RULES_DOC_PATH } from "../../scripts/generate-rules-doc.js";

// docs/rules.md is generated from the code; this fails when someone changes the catalog or a ruleset
// and forgets `npm run rules-doc`.
describe("docs/rules.md", () => {
  const committed = readFileSync(RULES_DOC_PATH, "utf8");

  it("is what scripts/generate-rules-doc.ts writes for the code as it is (run `npm run rules-doc`)", () => {
    expect(committed === renderRulesDoc(), "docs/rules.md is out of date: run `npm run rules-doc`").toBe(true);
  });

  it("lists every item, activity, footnote and parameter, with each citation and inference flag", () => {
    for (const item of catalog.items)
      expect(committed).toContain(`| \`${item.id}\` | ${item.label.ja} | ${item.label.en} |`);
    for (const activity of catalog.coordinatorActivities)
      expect(committed).toContain(`| \`${activity.id}\` | ${activity.label.ja} |`);
    for (const ruleset of Object.values(rulesets)) {
      for (const id of Object.keys(ruleset.footnotes)) expect(committed).toContain(`### ※${id.slice(2)} (\`${id}\`)`);
      const parameters = parametersOf(ruleset);
      expect(parameters.map((p) => p.path)).toEqual([
        "measureRate",
        "fiscalCorrection.municipality",
        "fiscalCorrection.prefecture",
        "fiscalCorrection.indexPlaces",
        "coordinator.capFullTimeYen",
        "coordinator.capConcurrentYen",
        "coordinator.rate",
        "rounding",
        "ownBurden.coordinatorCapBasis",
        "migration.costRate",
        "migration.coordinatorRate",
        "migration.capFullTimeYen",
        "migration.capConcurrentYen",
        ...(ruleset.furusato
          ? [
              "furusato.costCapYen",
              "furusato.costRate",
              "furusato.capFullTimeYen",
              "furusato.capConcurrentYen",
              "furusato.coordinatorRate",
            ]
          : []),
      ]);
      // Items a year adds beyond the first year's catalog are listed in its own section.
      for (const item of ruleset.catalog.items.filter((i) => !catalog.findItem(i.id)))
        expect(committed).toContain(`| \`${item.id}\` | ${item.label.ja} | ${item.label.en} |`);
      // Each ruleset's own table: from its heading to the next.
      const section = committed.split(`/ Parameters: ${ruleset.id}`)[1]?.split("\n## ")[0] ?? "";
      for (const p of parameters) {
        const line = section.split("\n").find((l) => l.startsWith(`| \`${p.path}\` |`));
        expect(line, p.path).toBeDefined();
        expect(line).toContain(`${p.cite.source} ${p.cite.ref}`);
        expect(line).toContain(p.cite.inference ? "**推定 / inference**" : "原文 / text");
      }
    }
  });

  it("shows the 財政力補正 the library computes (DOMAIN.md §5's examples)", () => {
    expect(committed).toContain("| 0.55 | 0.92 | 0.87 |");
    expect(committed).toContain("| 0.60 | 0.83 | 0.73 |");
    expect(committed).toContain("| 0.70 | 0.67 | 0.47 |");
  });
});
