// @ts-check
/*
 * The application as the person has typed it so far: the body, one project and the lines added, each with
 * the answers given. No DOM here: the page (app.js) keeps one draft and rebuilds its view from it, and the
 * library decides everything (assessExpense, estimate, calculate); the draft only remembers what was typed.
 */

/** @typedef {import("dual-residence-allocation").ItemId} ItemId */
/** @typedef {import("dual-residence-allocation").Label} Label */
/** @typedef {import("dual-residence-allocation").MissingFact} MissingFact */
/** @typedef {import("dual-residence-allocation").ConditionalFact} ConditionalFact */
/** @typedef {string | boolean} Answer */

/**
 * One expense line: what was typed, the item picked, and the answers by question path ("facility.work").
 * @typedef {{
 *   id: string,
 *   text: string,
 *   item: ItemId,
 *   label: Label,
 *   amount: string,
 *   answers: Map<string, Answer>,
 *   asked: Map<string, MissingFact>,
 *   askedWhen: Map<string, ConditionalFact["askedWhen"]>,
 * }} DraftLine
 */

// 令和7年度: the registry holds 気仙沼市's published 財政力指数 for the year before (令和6年度, 0.45), so the body
// is given by its code alone (docs/input.md); for 令和8年度 an app would have to ask for the index.
export const FISCAL_YEAR = "令和7年度";
export const RULESET = "FY2025";
export const BODY_CODE = "042056";
/** The year of the 財政力指数 令和7年度's allocation takes (shown on the page; the library finds it itself). */
export const FCI_YEAR = "2024";
export const PROJECT = /** @type {const} */ ({
  id: "P1",
  name: "二地域居住推進事業",
  primaryPurpose: "dual-residence",
});

/** The context assessExpense needs to judge a line as this application's project would. */
export const CONTEXT = /** @type {const} */ ({
  ruleset: RULESET,
  projectId: PROJECT.id,
  primaryPurpose: PROJECT.primaryPurpose,
});

/**
 * A new line for an item picked from the suggestions. The budget text becomes its description: that is what
 * it says the spending is, and an `*.other` item asks for exactly that.
 * @param {readonly DraftLine[]} lines
 * @param {{ text: string, item: ItemId, label: Label, amount: string }} typed
 * @returns {DraftLine}
 */
export function newLine(lines, typed) {
  const taken = new Set(lines.map((line) => line.id));
  let n = lines.length + 1;
  while (taken.has(`E${n}`)) n += 1;
  return { id: `E${n}`, ...typed, answers: new Map(), asked: new Map(), askedWhen: new Map() };
}

/**
 * Records an answer. An answer that is changed can make a question asked because of it moot (the regional
 * bond, once the body no longer does the work itself): its answer goes too, or the line would state a fact
 * its rule no longer asks.
 * @param {DraftLine} line
 * @param {string} path
 * @param {Answer} value
 */
export function answer(line, path, value) {
  line.answers.set(path, value);
  for (const [other, when] of line.askedWhen) {
    if (when.path === path && when.value !== value) line.answers.delete(other);
  }
}

/**
 * Remembers the questions assessExpense asked of a line, so that the page can show them again, answered,
 * and knows which answer each conditional question hangs on.
 * @param {DraftLine} line
 * @param {readonly MissingFact[]} missing
 * @param {readonly ConditionalFact[]} conditional
 */
export function remember(line, missing, conditional) {
  for (const fact of missing) line.asked.set(fact.path, fact);
  for (const fact of conditional) line.askedWhen.set(fact.path, fact.askedWhen);
}

/**
 * The line as the library reads an expense: each answer written at its path ("facility.work" →
 * `{ facility: { work } }`), as docs/apps.md shows.
 * @param {DraftLine} line
 * @returns {Record<string, unknown>}
 */
export function toExpense(line) {
  /** @type {Record<string, unknown>} */
  const expense = { id: line.id, item: line.item, amount: line.amount, description: line.text };
  for (const [path, value] of line.answers) {
    const [field = "", key] = path.split(".");
    if (key === undefined) expense[field] = value;
    else expense[field] = { .../** @type {Record<string, unknown> | undefined} */ (expense[field]), [key]: value };
  }
  return expense;
}

/**
 * The whole application: what estimate and calculate take.
 * @param {readonly DraftLine[]} lines
 */
export function toApplication(lines) {
  return {
    fiscalYear: FISCAL_YEAR,
    body: { code: BODY_CODE },
    projects: [{ ...PROJECT, expenses: lines.map(toExpense) }],
  };
}
