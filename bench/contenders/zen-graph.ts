/*
 * The rules as a JDM graph for @gorules/zen-engine, in its idiom: decision tables and expression nodes,
 * run in loop mode over a body's arrays, so one evaluation decides a whole body. Sequential cap filling
 * (one person's records fill the cap in input order) is a function node: tables cannot carry state.
 */

type Cells = Record<string, string>;
let counter = 0;
const id = (prefix: string): string => `${prefix}-${++counter}`;

interface Column {
  readonly id: string;
  readonly name: string;
  readonly field: string;
}

function decisionTable(
  name: string,
  inputs: string[],
  outputs: string[],
  rows: (string | undefined)[][],
  loop?: { inputField: string; outputPath: string },
) {
  const inputCols: Column[] = inputs.map((field) => ({ id: id("in"), name: field, field }));
  const outputCols: Column[] = outputs.map((field) => ({ id: id("out"), name: field, field }));
  const rules = rows.map((row) => {
    const cells: Cells = { _id: id("row") };
    inputCols.forEach((col, i) => (cells[col.id] = row[i] ?? ""));
    outputCols.forEach((col, i) => (cells[col.id] = row[inputs.length + i] ?? ""));
    return cells;
  });
  return {
    id: id("node"),
    name,
    type: "decisionTableNode",
    position: { x: 0, y: 0 },
    content: {
      hitPolicy: "first",
      rules,
      inputs: inputCols,
      outputs: outputCols,
      passThrough: true,
      ...(loop
        ? { inputField: loop.inputField, outputPath: loop.outputPath, executionMode: "loop" }
        : { inputField: null, outputPath: null, executionMode: "single" }),
    },
  };
}

function expressionNode(
  name: string,
  expressions: [string, string][],
  loop?: { inputField: string; outputPath: string },
) {
  return {
    id: id("node"),
    name,
    type: "expressionNode",
    position: { x: 0, y: 0 },
    content: {
      expressions: expressions.map(([key, value]) => ({ id: id("expr"), key, value })),
      passThrough: true,
      ...(loop
        ? { inputField: loop.inputField, outputPath: loop.outputPath, executionMode: "loop" }
        : { inputField: null, outputPath: null, executionMode: "single" }),
    },
  };
}

const q = (s: string): string => JSON.stringify(s);
/** An empty cell: the row takes any value of the column. */
const ANY = "";
const REGISTRATION = q("information.registration-system");
const FACILITIES = q("opportunity.facilities");
const STUDY = q("opportunity.regional-study-programs");

/** ※5: the primary purpose, or the larger weight. */
const ROUTE: [string, string][] = [
  [
    "measure",
    `primaryPurpose != null ? primaryPurpose : (dualWeight > migrationWeight ? "dual-residence" : "migration")`,
  ],
];

/** The JDM graph: request → routing → eligibility (※1–※4) → coordinators (※5, ※4, cap) → 財政力補正 → caps → totals. */
export function allocationGraph(caps: { fullTime: number; concurrent: number }) {
  counter = 0;
  const input = { id: id("node"), name: "request", type: "inputNode", position: { x: 0, y: 0 } };
  const output = { id: id("node"), name: "response", type: "outputNode", position: { x: 0, y: 0 } };
  const routeLines = expressionNode("※5 lines", ROUTE, { inputField: "lines", outputPath: "lines" });
  const eligibility = decisionTable(
    "※1–※4",
    [
      "item",
      "system.phase",
      "system.digitalBondCovers",
      "facility.implementer",
      "facility.work",
      "facility.regionalBondCovers",
      "cashHandout",
      "regionalStudy.takesOutsideStudents",
      "regionalStudy.mainlySchoolAppeal",
      "regionalStudy.inStrategyPlan",
    ],
    ["excluded", "rule"],
    [
      [REGISTRATION, q("build"), "true", ANY, ANY, ANY, ANY, ANY, ANY, ANY, "true", q("fn1")],
      [FACILITIES, ANY, ANY, q("private"), q("new"), ANY, ANY, ANY, ANY, ANY, "true", q("fn2")],
      [FACILITIES, ANY, ANY, ANY, ANY, "true", ANY, ANY, ANY, ANY, "true", q("fn2")],
      [ANY, ANY, ANY, ANY, ANY, ANY, "true", ANY, ANY, ANY, "true", q("fn3")],
      [STUDY, ANY, ANY, ANY, ANY, ANY, ANY, "false", ANY, ANY, "true", q("fn4")],
      [STUDY, ANY, ANY, ANY, ANY, ANY, ANY, ANY, "true", ANY, "true", q("fn4")],
      [STUDY, ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY, "false", "true", q("fn4")],
      [ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY, ANY, "false", q("")],
    ],
    { inputField: "lines", outputPath: "lines" },
  );
  const routeCoordinators = expressionNode("※5 coordinators", ROUTE, {
    inputField: "coordinators",
    outputPath: "coordinators",
  });
  const coordinatorTable = decisionTable(
    "※4 and caps",
    ["regionalStudy.takesOutsideStudents", "regionalStudy.mainlySchoolAppeal", "regionalStudy.inStrategyPlan", "post"],
    ["excluded", "capYen"],
    [
      ["false", ANY, ANY, ANY, "true", "0"],
      [ANY, "true", ANY, ANY, "true", "0"],
      [ANY, ANY, "false", ANY, "true", "0"],
      [ANY, ANY, ANY, q("concurrent"), "false", String(caps.concurrent)],
      [ANY, ANY, ANY, ANY, "false", String(caps.fullTime)],
    ],
    { inputField: "coordinators", outputPath: "coordinators" },
  );
  const correction = decisionTable(
    "財政力補正",
    ["kind", "round(fci * 100)"],
    ["coefficient"],
    [
      [ANY, "< 50", "100"],
      [q("municipality"), ">= 80", "50"],
      [q("prefecture"), ">= 80", "20"],
      [q("municipality"), ANY, "round((1100 - 10 * round(fci * 100)) / 6)"],
      [q("prefecture"), ANY, "round((700 - 8 * round(fci * 100)) / 3)"],
    ],
  );
  const capFill = {
    id: id("node"),
    name: "caps (filled in record order)",
    type: "functionNode",
    position: { x: 0, y: 0 },
    content: {
      source: `export const handler = async (input) => {
  const groups = new Map();
  let dualPeople = 0, migrationPeople = 0, capped = 0, excluded = 0, eligible = 0;
  for (const c of input.coordinators) {
    if (c.excluded) { excluded++; continue; }
    const key = c.measure + "\\u0000" + c.person;
    const g = groups.get(key) ?? { cap: c.capYen, used: 0 };
    g.cap = Math.min(g.cap, c.capYen);
    groups.set(key, g);
  }
  for (const c of input.coordinators) {
    if (c.excluded) continue;
    const g = groups.get(c.measure + "\\u0000" + c.person);
    const counted = Math.min(c.cost, g.cap - g.used);
    g.used += counted;
    if (counted < c.cost) capped++; else eligible++;
    if (c.measure === "migration") migrationPeople += counted; else dualPeople += counted;
  }
  return { ...input, dualPeople, migrationPeople, coordinatorsCapped: capped, coordinatorsExcluded: excluded, coordinatorsEligible: eligible };
};`,
    },
  };
  // Later expressions of a node read earlier ones through "$".
  const totals = expressionNode("sums and rates", [
    ["dualEligible", `sum(map(filter(lines, #.measure == "dual-residence" and not #.excluded), #.amount))`],
    ["migrationEligible", `sum(map(filter(lines, #.measure == "migration" and not #.excluded), #.amount))`],
    ["linesExcluded", `len(filter(lines, #.excluded))`],
    ["dualCosts", `$.dualEligible * 0.5 * coefficient / 100`],
    ["migrationCosts", `$.migrationEligible * 0.5`],
    ["dualTotal", `$.dualCosts + dualPeople`],
    ["migrationTotal", `$.migrationCosts + migrationPeople`],
    [
      "result",
      `{
      dual: { eligibleCostsYen: string($.dualEligible), costsYen: string($.dualCosts), coordinatorsYen: string(dualPeople), totalYen: string($.dualTotal), totalThousandYen: string(round($.dualTotal / 1000)) },
      migration: { eligibleCostsYen: string($.migrationEligible), costsYen: string($.migrationCosts), coordinatorsYen: string(migrationPeople), totalYen: string($.migrationTotal), totalThousandYen: string(round($.migrationTotal / 1000)) },
      eligible: len(lines) - $.linesExcluded + coordinatorsEligible,
      excluded: $.linesExcluded + coordinatorsExcluded,
      capped: coordinatorsCapped
    }`,
    ],
  ]);
  const chain = [
    input,
    routeLines,
    eligibility,
    routeCoordinators,
    coordinatorTable,
    correction,
    capFill,
    totals,
    output,
  ];
  const edges = chain
    .slice(1)
    .map((node, i) => ({ id: id("edge"), type: "edge", sourceId: (chain[i] as { id: string }).id, targetId: node.id }));
  return { nodes: chain, edges };
}
