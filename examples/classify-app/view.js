// @ts-check
/*
 * What the page shows, built afresh from the draft and the library's answers each time something changes:
 * the suggestions for the line being typed, each line with its questions, and the allocation's range or
 * figure. Handlers come in from app.js; nothing here decides anything.
 */
import { FOOTNOTE_MARKS } from "dual-residence-allocation";
import { el, grouped } from "./dom.js";

/** @typedef {import("./draft.js").DraftLine} DraftLine */
/** @typedef {import("./draft.js").Answer} Answer */
/** @typedef {import("dual-residence-allocation").ItemSuggestion} ItemSuggestion */
/** @typedef {import("dual-residence-allocation").SuggestionHint} SuggestionHint */
/** @typedef {import("dual-residence-allocation").ExpenseAssessment} ExpenseAssessment */
/** @typedef {import("dual-residence-allocation").EstimateLine} EstimateLine */
/** @typedef {import("dual-residence-allocation").Estimate} Estimate */
/** @typedef {import("dual-residence-allocation").Allocation} Allocation */
/** @typedef {import("dual-residence-allocation").InputIssue} InputIssue */
/** @typedef {import("dual-residence-allocation").Disposition} Disposition */

/** @type {Readonly<Record<Disposition, string>>} */
const DISPOSITIONS = { eligible: "対象", excluded: "対象外", capped: "上限で一部対象" };
/** A line's rules by the marks the seed prints (fn2 → ※2); other rules (等, 特定財源 …) by their ids. */
const MARKS = /** @type {Readonly<Record<string, string | undefined>>} */ (FOOTNOTE_MARKS);

/**
 * The suggestions, as buttons: the item, the words that led there, and what a word says of a footnote.
 * With none, what the words still say of the footnotes (lineHints): a cash handout's ※3, say.
 * @param {readonly ItemSuggestion[]} suggestions
 * @param {boolean} typed whether there is text to suggest for
 * @param {(suggestion: ItemSuggestion) => void} pick
 * @param {readonly SuggestionHint[]} [warnings] the line's hints, shown when no item matches
 */
export function suggestionList(suggestions, typed, pick, warnings = []) {
  if (suggestions.length === 0)
    return [
      el("p", { class: "muted" }, typed ? "候補なし / no item matches these words" : ""),
      ...warnings.map((hint) => el("p", { class: "hint" }, hint.note.ja)),
    ];
  return suggestions.map((suggestion) => {
    const button = el(
      "button",
      { type: "button", class: "suggestion", "data-item": suggestion.item },
      el("span", { class: "label" }, suggestion.label.ja),
      el("span", { class: "sub" }, `${suggestion.label.en} · ${suggestion.item} · score ${suggestion.score}`),
      el("span", { class: "matched" }, `一致した語 / matched: ${suggestion.matched.join("・")}`),
      ...suggestion.hints.map((hint) => el("span", { class: "hint" }, hint.note.ja)),
    );
    button.addEventListener("click", () => {
      pick(suggestion);
    });
    return button;
  });
}

/**
 * One line: what was typed, its item, where it stands, and its questions (those answered stay, checked,
 * so that an answer can be changed).
 * @param {DraftLine} line
 * @param {ExpenseAssessment} assessment
 * @param {EstimateLine | undefined} estimated
 * @param {{ answer: (line: DraftLine, path: string, value: Answer) => void, remove: (line: DraftLine) => void }} on
 */
export function lineView(line, assessment, estimated, on) {
  const remove = el("button", { type: "button", class: "remove", title: "削除 / remove" }, "削除");
  remove.addEventListener("click", () => {
    on.remove(line);
  });
  const view = el(
    "li",
    { class: "line", "data-line": line.id, "data-status": assessment.status },
    el(
      "div",
      { class: "line-head" },
      el("span", { class: "line-id" }, line.id),
      el("span", { class: "line-text" }, line.text),
      el("span", { class: "yen" }, `${grouped(line.amount.replace(/,/g, ""))} 円`),
      remove,
    ),
    el("div", { class: "sub" }, `${line.label.ja} · ${line.item}`),
    el("div", { class: "verdict" }, verdict(assessment, estimated)),
  );
  const missing = assessment.status === "needs-facts" ? assessment.missing.map((fact) => fact.path) : [];
  for (const [path, fact] of line.asked) {
    if (!line.answers.has(path) && !missing.includes(path)) continue;
    view.append(question(line, fact, on.answer));
  }
  return view;
}

/**
 * @param {ExpenseAssessment} assessment
 * @param {EstimateLine | undefined} estimated
 */
function verdict(assessment, estimated) {
  if (assessment.status === "invalid") return assessment.error.issues.map((issue) => issue.message).join(" / ");
  if (estimated?.status === "decided") {
    const { line } = estimated;
    const rules = line.rules.map((rule) => MARKS[rule] ?? rule).join("・");
    return `${DISPOSITIONS[line.disposition]}: ${grouped(line.eligibleYen)} 円${rules ? `（${rules}）` : ""}`;
  }
  if (estimated?.status === "pending")
    return `未確定 / pending: 対象 ${grouped(estimated.low.eligibleYen)} – ${grouped(estimated.high.eligibleYen)} 円`;
  return "";
}

/**
 * A question as radio buttons (the unit's own answers, in Japanese with the English beneath), or a text
 * field where the answer is free text.
 * @param {DraftLine} line
 * @param {import("dual-residence-allocation").MissingFact} fact
 * @param {(line: DraftLine, path: string, value: Answer) => void} answer
 */
function question(line, fact, answer) {
  const given = line.answers.get(fact.path);
  const box = el(
    "fieldset",
    { class: given === undefined ? "question" : "question answered", "data-path": fact.path },
    el("legend", {}, fact.question.ja),
    el("div", { class: "sub" }, fact.question.en),
  );
  const id = `${line.id}-${fact.path}`;
  if (fact.options.length === 0) {
    const input = el("input", { type: "text", id, name: `${line.id}:${fact.path}` });
    input.value = typeof given === "string" ? given : "";
    input.addEventListener("change", () => {
      answer(line, fact.path, input.value);
    });
    box.append(input);
    return box;
  }
  fact.options.forEach((option, index) => {
    const input = el("input", {
      type: "radio",
      id: `${id}-${index}`,
      name: `${line.id}:${fact.path}`,
      "data-value": String(option.value),
    });
    input.checked = given === option.value;
    input.addEventListener("change", () => {
      answer(line, fact.path, option.value);
    });
    box.append(
      el("label", { for: input.id }, input, option.label.ja, el("span", { class: "sub" }, ` ${option.label.en}`)),
    );
  });
  return box;
}

/**
 * The allocation: a range while questions are open, the exact figure (calculate's) once none is.
 * @param {Estimate} range
 * @param {Allocation | undefined} exact
 */
export function allocationView(range, exact) {
  const questions = range.pending.reduce((sum, pending) => sum + pending.missing.length, 0);
  if (exact)
    return [
      el(
        "p",
        { class: "figure" },
        el("span", { id: "exact" }, grouped(exact.totalThousandYen)),
        " 千円 ",
        el("span", { class: "badge exact" }, "確定 / exact"),
      ),
      el(
        "p",
        { class: "sub" },
        `対象経費 ${grouped(exact.eligibleCostsYen)} 円。すべての事実が揃い、calculate の算定額です。` +
          " / Every fact given: the figure calculate gives.",
      ),
    ];
  return [
    el(
      "p",
      { class: "figure" },
      el("span", { id: "low" }, grouped(range.low.totalThousandYen)),
      " – ",
      el("span", { id: "high" }, grouped(range.high.totalThousandYen)),
      " 千円 ",
      el("span", { class: "badge" }, `未確定 · 質問 ${questions} 件`),
    ),
    el(
      "p",
      { class: "sub" },
      `対象経費 ${grouped(range.low.eligibleCostsYen)} – ${grouped(range.high.eligibleCostsYen)} 円。` +
        `答えるたびに幅が狭まります。 / ${questions} question${questions === 1 ? "" : "s"} open: each answer narrows the range.`,
    ),
  ];
}

/**
 * Problems the library reports, each with where it is.
 * @param {readonly InputIssue[]} issues
 */
export function issueList(issues) {
  return issues.map((issue) => el("li", {}, `${issue.path}: ${issue.message}`));
}
