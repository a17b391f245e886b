// @ts-check
/*
 * The page's script: classifies budget lines as a person types them (suggestItems), asks what each line's
 * footnotes need (assessExpense), shows the allocation's range meanwhile (estimate) and the exact figure
 * once every fact is given (calculate).
 *
 * Plain JavaScript modules with `// @ts-check` and JSDoc types, not TypeScript: a browser runs them as they
 * are, so the page needs no build step of its own (only the library's `npm run build`), and tsc still checks
 * them against the library's types and the DOM's (tsconfig.browser.json, run by `npm run typecheck`).
 */
import {
  assessExpense,
  calculate,
  estimate,
  findBodies,
  InputError,
  lineHints,
  suggestItems,
} from "dual-residence-allocation";
import { byId, el } from "./dom.js";
import {
  answer,
  BODY_CODE,
  CONTEXT,
  FCI_YEAR,
  FISCAL_YEAR,
  newLine,
  PROJECT,
  remember,
  RULESET,
  toApplication,
  toExpense,
} from "./draft.js";
import { allocationView, issueList, lineView, suggestionList } from "./view.js";

/** @typedef {import("./draft.js").DraftLine} DraftLine */
/** @typedef {import("./draft.js").Answer} Answer */
/** @typedef {import("dual-residence-allocation").ItemSuggestion} ItemSuggestion */

const form = byId("entry", HTMLFormElement);
const text = byId("text", HTMLInputElement);
const amount = byId("amount", HTMLInputElement);
const suggestions = byId("suggestions", HTMLDivElement);
const entryErrors = byId("entry-errors", HTMLUListElement);
const lines = byId("lines", HTMLOListElement);
const allocation = byId("allocation", HTMLDivElement);
const errors = byId("errors", HTMLUListElement);
const applicationJson = byId("application-json", HTMLPreElement);

/** @type {DraftLine[]} */
const draft = [];
/** @type {ItemSuggestion[]} */
let current = [];

// The body as the registry has it: the page gives only its code, and the library takes the rest from there.
const [body] = findBodies(BODY_CODE);
byId("body", HTMLElement).textContent =
  `${body?.prefecture ?? ""}${body?.name ?? ""}（${BODY_CODE}）・${FISCAL_YEAR}・` +
  `財政力指数 ${body?.fci[FCI_YEAR] ?? "?"}（前年度の公表値 / the registry's）`;
byId("project", HTMLElement).textContent =
  `事業 ${PROJECT.id}「${PROJECT.name}」・主たる目的: 二地域居住・関係人口 / primary purpose: dual residence`;

// The project's name goes with the line, as docs/apps.md advises: words used by other policies too
// (パンフレット, ホームページ) suggest an item only where the text also says what the spending is for.
text.addEventListener("input", () => {
  const typed = text.value.trim();
  current = typed === "" ? [] : suggestItems(`${PROJECT.name} ${typed}`, { ruleset: RULESET, limit: 3 });
  // No item: what the words still say of the footnotes (交通費 on ※3 …).
  const warnings = current.length === 0 && typed !== "" ? lineHints(typed) : [];
  suggestions.replaceChildren(...suggestionList(current, typed !== "", pick, warnings));
});

// A refusal of the amount stands until the amount is typed again.
amount.addEventListener("input", () => {
  entryErrors.replaceChildren();
});

// 追加, or Enter in either field, picks the first suggestion.
form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (current[0]) pick(current[0]);
});

/**
 * Adds the line for the suggestion picked, unless the library refuses it as typed (the amount, mostly).
 * @param {ItemSuggestion} suggestion
 */
function pick(suggestion) {
  const line = newLine(draft, {
    text: text.value.trim(),
    item: suggestion.item,
    label: suggestion.label,
    amount: amount.value.trim(),
  });
  const assessment = assessExpense(toExpense(line), CONTEXT);
  if (assessment.status === "invalid") {
    entryErrors.replaceChildren(...issueList(assessment.error.issues));
    amount.focus();
    return;
  }
  entryErrors.replaceChildren();
  draft.push(line);
  form.reset();
  current = [];
  suggestions.replaceChildren();
  render();
  text.focus();
}

/** @type {{ answer: (line: DraftLine, path: string, value: Answer) => void, remove: (line: DraftLine) => void }} */
const on = {
  answer(line, path, value) {
    answer(line, path, value);
    render();
  },
  remove(line) {
    draft.splice(draft.indexOf(line), 1);
    render();
  },
};

/** Everything below the entry form, from the draft: each line's questions, the range, the figure. */
function render() {
  const focused = document.activeElement?.id;
  const assessed = draft.map((line) => {
    const assessment = assessExpense(toExpense(line), CONTEXT);
    if (assessment.status === "needs-facts") remember(line, assessment.missing, assessment.conditional);
    return { line, assessment };
  });
  const application = toApplication(draft);
  applicationJson.textContent = JSON.stringify(application, null, 2);
  /** @type {Map<string, import("dual-residence-allocation").EstimateLine>} */
  const estimated = new Map();
  errors.replaceChildren();
  try {
    const range = estimate(application);
    for (const entry of range.lines) estimated.set(entry.status === "decided" ? entry.line.id : entry.low.id, entry);
    // No question left: calculate, which takes only a complete application, gives the figure itself.
    const exact = draft.length > 0 && range.pending.length === 0 ? calculate(application).allocation : undefined;
    allocation.dataset.state = draft.length === 0 ? "empty" : exact ? "exact" : "range";
    allocation.replaceChildren(
      ...(draft.length === 0
        ? [el("p", { class: "muted" }, "経費を追加してください / add a line")]
        : allocationView(range, exact)),
    );
  } catch (error) {
    allocation.dataset.state = "error";
    allocation.replaceChildren();
    errors.replaceChildren(...(error instanceof InputError ? issueList(error.issues) : [el("li", {}, String(error))]));
  }
  lines.replaceChildren(
    ...assessed.map(({ line, assessment }) => lineView(line, assessment, estimated.get(line.id), on)),
  );
  if (focused) document.getElementById(focused)?.focus();
}

render();
document.documentElement.dataset.status = "ready";
