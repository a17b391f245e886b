import { assessExpense, type ConditionalFact, type MissingFact } from "../calculate/assess-expense.js";
import type { Ruleset } from "../rulesets/index.js";

/*
 * The questions an item will ask are the ones `assessExpense` asks of an expense of that item with no fact
 * given yet: the rule units' own questions (`ruleset.rules[id].facts.questions`) for the facts the catalog
 * makes the item require. Asked of `assessExpense` itself, so that there is one place that knows them.
 */

/** A blank expense of an item: an id and an amount, and nothing a rule asks. */
const blank = (item: string) => ({ id: "suggestion", item, amount: 0 });

/**
 * The facts an expense of the item must still state, then those asked only after one of their answers
 * (each with `askedWhen`); none for an item whose rules ask nothing of a plain expense.
 */
export function itemQuestions(item: string, ruleset: Ruleset): readonly (MissingFact | ConditionalFact)[] {
  const assessed = assessExpense(blank(item), { ruleset });
  return assessed.status === "needs-facts" ? [...assessed.missing, ...assessed.conditional] : [];
}
