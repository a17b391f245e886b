// A CommonJS consumer: require() the installed package, as a Node app written in CJS would.
"use strict";
const {
  calculate,
  safeCalculate,
  classifyExpense,
  verify,
  renderTrace,
  InputError,
  catalog,
} = require("dual-residence-allocation");
const { version } = require("dual-residence-allocation/package.json");
const application = require("./application.json");

const calc = calculate(application);
let thrown = "nothing";
try {
  calculate({ fiscalYear: 2024 });
} catch (error) {
  thrown = error instanceof InputError ? `InputError ${error.issues.length}` : String(error);
}
console.log(
  JSON.stringify({
    moduleSystem: "cjs",
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
