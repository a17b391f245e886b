// An ES-module consumer: import the installed package, as a Node app written in ESM would.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  calculate,
  safeCalculate,
  classifyExpense,
  verify,
  renderTrace,
  InputError,
  catalog,
} from "dual-residence-allocation";

const { version } = createRequire(import.meta.url)("dual-residence-allocation/package.json");
const application = JSON.parse(readFileSync(new URL("./application.json", import.meta.url), "utf8"));

const calc = calculate(application);
let thrown = "nothing";
try {
  calculate({ fiscalYear: 2024 });
} catch (error) {
  thrown = error instanceof InputError ? `InputError ${error.issues.length}` : String(error);
}
console.log(
  JSON.stringify({
    moduleSystem: "esm",
    version,
    totalThousandYen: calc.allocation.totalThousandYen,
    e2: calc.lines[1].disposition,
    verified: verify(JSON.parse(JSON.stringify(calc))).ok,
    classified: classifyExpense({ id: "X", item: "reception.jobs-and-side-jobs", amount: 80000, cashHandout: true })
      .disposition,
    safe: safeCalculate({ fiscalYear: 2024 }).ok,
    thrown,
    items: catalog.items.length,
    traceTitle: renderTrace(calc, { format: "text", lang: "en" }).split("\n")[0],
  }),
);
