import { rulesets, type FactQuestion } from "../../index.js";
import { labels } from "../../render/labels.js";
import { closest } from "../../text/closest.js";
import {
  BODY_KIND_TERMS,
  MEASURE_POLICY_TERMS,
  MEASURE_TERMS,
  OTHER_MEASURE_TERMS,
  POST_TERMS,
} from "../../trace/glossary.js";
import { BODY_KINDS, OTHER_MEASURES, POSTS, PURPOSES } from "../../trace/names.js";
import type { LineColumn } from "./columns.js";
import { clip } from "./header.js";

/*
 * The cells of bodies.csv and lines.csv that take one of a fixed list of values: each value by its English id
 * (in any case) or by its Japanese name exactly as the library words it. The names are the library's own,
 * never a second list kept here: the glossary (src/trace/glossary.ts) for kinds, posts, purposes, the other
 * 算定事項 and the ふるさと住民 track; the rules' questions for the facts the footnotes read (構築/維持,
 * 民間事業者/地方自治体, 新築/改修, はい/いいえ); the catalogs for items and activities (their labels as
 * `dra catalog` prints them); the rendered trace's words for the two row types (経費, コーディネーター).
 * A cell is read into the id the library takes; any other text is a problem at its cell that lists what the
 * cell accepts.
 */

/** One value a cell may hold: the id the library reads, how a message shows it, and its Japanese names. */
export interface Choice {
  readonly id: string;
  /** The English form a message shows (the id, or TRUE/FALSE for a yes/no cell). */
  readonly shown: string;
  readonly names: readonly string[];
}

/** A problem with a cell's value: its code (as the library's own check would give it) and its message. */
export interface ValueProblem {
  readonly code: string;
  readonly message: string;
}

/** The id a cell stands for (text as written where a value is unknown), and its problems. */
export interface Reading {
  readonly value: string;
  readonly problems: readonly ValueProblem[];
}

/** The separators of a list cell: ";" (as documented), ",", "、" or spaces. */
const SEPARATOR = /[;,、\s]/;

/** How one column's cells are read. */
export class Values {
  private readonly byName = new Map<string, Choice>();
  private readonly byId = new Map<string, Choice>();
  /** Every Japanese name, longest first (a list cell matches the longest name: a label may hold "、"). */
  private readonly names: readonly string[];

  constructor(
    /** The column, as messages name it. */
    readonly what: string,
    readonly choices: readonly Choice[],
    private readonly options: {
      /** The problem's code (the one the library's own check gives for the field). */
      readonly code: string;
      /** Several values, separated (activities, also_claimed_under). */
      readonly list?: boolean;
      /** What to write, when a list of every value would be too long (items). */
      readonly accepted?: string;
      /** What a blank cell means, for the message. */
      readonly blank?: string;
      /** The value's name in "unknown item …", as the library's own check words it (else "<column> … is not one of its values"). */
      readonly noun?: string;
      /** A last word for the message. */
      readonly note?: string;
    },
  ) {
    for (const choice of choices) {
      if (!this.byId.has(choice.id.toLowerCase())) this.byId.set(choice.id.toLowerCase(), choice);
      for (const name of choice.names) if (!this.byName.has(name)) this.byName.set(name, choice);
    }
    this.names = [...this.byName.keys()].sort((a, b) => b.length - a.length);
  }

  /** The choice a text (trimmed, not blank) names, if any. */
  find(text: string): Choice | undefined {
    return this.byName.get(text) ?? this.byId.get(text.toLowerCase());
  }

  /**
   * The Japanese name of a value given by its id or one of its names (the first name, as the library words
   * it), for output in Japanese; text that names no value is given back as it is.
   */
  japanese(text: string): string {
    return this.find(text)?.names[0] ?? text;
  }

  /** Reads a trimmed, non-blank cell. */
  read(text: string): Reading {
    if (!this.options.list) {
      const choice = this.find(text);
      return choice ? { value: choice.id, problems: [] } : { value: text, problems: [this.problem(text)] };
    }
    const problems: ValueProblem[] = [];
    const ids = this.tokens(text).map((token) => {
      const choice = this.find(token);
      if (!choice) problems.push(this.problem(token));
      return choice?.id ?? token;
    });
    return { value: ids.join(";"), problems };
  }

  /** A list cell's values: at each place the longest Japanese name there, else the text up to a separator. */
  tokens(text: string): string[] {
    const out: string[] = [];
    let i = 0;
    const endsToken = (at: number) => at === text.length || SEPARATOR.test(text.charAt(at));
    while (i < text.length) {
      if (SEPARATOR.test(text.charAt(i))) {
        i++;
        continue;
      }
      const name = this.names.find((n) => text.startsWith(n, i) && endsToken(i + n.length));
      let end = i + (name?.length ?? 0);
      if (name === undefined) while (!endsToken(end)) end++;
      out.push(text.slice(i, end));
      i = end;
    }
    return out;
  }

  /** What the column accepts, as a message lists it: "専任 (full-time) or 兼任 (concurrent)". */
  listing(): string {
    const each = this.choices.map((c) => `${c.names.join(" / ")} (${c.shown})`);
    return each.length <= 2 ? each.join(" or ") : `${each.slice(0, -1).join(", ")} or ${each.at(-1) ?? ""}`;
  }

  private problem(text: string): ValueProblem {
    const { noun, list, blank, note } = this.options;
    const near = this.near(text);
    const what = noun ? `unknown ${noun} "${clip(text)}"` : `${this.what} "${clip(text)}" is not one of its values`;
    const write = list ? `write ids or Japanese names, separated by ";": ` : "write ";
    const message =
      `${what}; ${near ? `did you mean ${near}? ` : ""}${write}${this.options.accepted ?? this.listing()}` +
      `${blank ? `, or leave it blank (${blank})` : ""}${note ? `; ${note}` : ""}`;
    return { code: this.options.code, message };
  }

  /** The nearest name or id, with its counterpart: `"相談会、セミナー等の開催" (information.consultation-events)`. */
  private near(text: string): string | undefined {
    const word = closest(text, [...this.byName.keys(), ...this.choices.map((c) => c.id)]);
    if (word === undefined) return undefined;
    const choice = this.find(word) as Choice;
    return word === choice.id ? `"${word}" (${choice.names[0] ?? choice.shown})` : `"${word}" (${choice.shown})`;
  }
}

/** Choices of an id list and a glossary: each id with its Japanese terms. */
function termChoices<K extends string>(
  ids: readonly K[],
  ...terms: readonly Readonly<Record<K, { readonly ja: string }>>[]
): Choice[] {
  return ids.map((id) => ({ id, shown: id, names: [...new Set(terms.map((t) => t[id].ja))] }));
}

/** The rules' questions of every ruleset, by the fact's path ("facility.work"). */
function questions(): Map<string, FactQuestion> {
  const byPath = new Map<string, FactQuestion>();
  for (const { rules } of Object.values(rulesets)) {
    const asked = [rules.fn1, rules.fn2, rules.fn3, rules.fn4, rules.fn5, rules["double-claim"]].flatMap(
      (rule) => rule.facts.questions,
    );
    for (const q of asked) if (!byPath.has(q.path)) byPath.set(q.path, q);
  }
  return byPath;
}

/** A fact's answers as its question words them: 新築 (new); はい (TRUE) for a yes/no fact. */
function answerChoices(question: FactQuestion | undefined): Choice[] {
  return (question?.options ?? []).map((o) => ({
    id: String(o.value),
    shown: typeof o.value === "boolean" ? String(o.value).toUpperCase() : o.value,
    names: [o.label.ja],
  }));
}

/** Every catalog item (or activity) of every ruleset, by id, the first ruleset's label kept. */
function catalogChoices(pick: "items" | "coordinatorActivities"): Choice[] {
  const byId = new Map<string, Choice>();
  for (const { catalog } of Object.values(rulesets)) {
    for (const entry of catalog[pick]) {
      if (!byId.has(entry.id)) byId.set(entry.id, { id: entry.id, shown: entry.id, names: [entry.label.ja] });
    }
  }
  return [...byId.values()];
}

/** The value columns of lines.csv with how each is read; `type` is read with them, and decides the row. */
export type ValueColumn =
  | "type"
  | "purpose"
  | "post"
  | "item"
  | "activities"
  | "also_claimed_under"
  | "track"
  | "system_phase"
  | "facility_implementer"
  | "facility_work"
  | "cash_handout"
  | "digital_bond_covers"
  | "regional_bond_covers"
  | "takes_outside_students"
  | "mainly_school_appeal"
  | "in_strategy_plan";

/** The yes/no columns and the question (a fact's path) whose answers they take. */
const FLAG_COLUMNS = {
  cash_handout: "cashHandout",
  digital_bond_covers: "system.digitalBondCovers",
  regional_bond_covers: "facility.regionalBondCovers",
  takes_outside_students: "regionalStudy.takesOutsideStudents",
  mainly_school_appeal: "regionalStudy.mainlySchoolAppeal",
  in_strategy_plan: "regionalStudy.inStrategyPlan",
} as const satisfies Partial<Record<ValueColumn, string>>;

let lineValues: ReadonlyMap<ValueColumn, Values> | undefined;

/** How each value column of lines.csv is read (built once). */
export function lineValueColumns(): ReadonlyMap<ValueColumn, Values> {
  if (lineValues) return lineValues;
  const asked = questions();
  const items = catalogChoices("items");
  const example = items[0] ? `, e.g. ${items[0].id} or ${items[0].names.join(" / ")}` : "";
  const itemsAccepted = `the item's id or its Japanese label exactly as \`dra catalog\` prints it${example}`;
  const fact = (what: LineColumn, path: string) =>
    new Values(what, answerChoices(asked.get(path)), { code: "invalid_value" });
  const columns = new Map<ValueColumn, Values>([
    [
      "type",
      new Values(
        "type",
        [
          { id: "expense", shown: "expense", names: [labels.ja.expense] },
          { id: "coordinator", shown: "coordinator", names: [labels.ja.coordinator] },
        ],
        { code: "invalid_value", blank: "an expense" },
      ),
    ],
    [
      "purpose",
      new Values("purpose", termChoices(PURPOSES, MEASURE_TERMS, MEASURE_POLICY_TERMS), { code: "invalid_value" }),
    ],
    ["post", new Values("post", termChoices(POSTS, POST_TERMS), { code: "invalid_value" })],
    ["item", new Values("item", items, { code: "unknown_item", noun: "item", accepted: itemsAccepted })],
    [
      "activities",
      new Values("activities", catalogChoices("coordinatorActivities"), {
        code: "unknown_activity",
        list: true,
        noun: "activity",
      }),
    ],
    [
      "also_claimed_under",
      new Values("also_claimed_under", termChoices(OTHER_MEASURES, OTHER_MEASURE_TERMS), {
        code: "invalid_value",
        list: true,
        noun: "measure",
        note: '"other": the line\'s description names it',
      }),
    ],
    [
      "track",
      new Values(
        "track",
        [
          {
            id: "furusato-resident",
            shown: "furusato-resident",
            // The two names the column took first, then the glossary's names of the track.
            names: [
              ...new Set([
                "ふるさと住民",
                "ふるさと住民コーディネーター",
                MEASURE_TERMS["furusato-resident"].ja,
                MEASURE_POLICY_TERMS["furusato-resident"].ja,
              ]),
            ],
          },
        ],
        { code: "invalid_value", blank: "this measure's coordinator" },
      ),
    ],
    ["system_phase", fact("system_phase", "system.phase")],
    ["facility_implementer", fact("facility_implementer", "facility.implementer")],
    ["facility_work", fact("facility_work", "facility.work")],
  ]);
  for (const [column, path] of Object.entries(FLAG_COLUMNS) as [keyof typeof FLAG_COLUMNS, string][]) {
    columns.set(column, new Values(column, answerChoices(asked.get(path)), { code: "invalid_type" }));
  }
  lineValues = columns;
  return columns;
}

let kindValues: Values | undefined;

/** How bodies.csv's kind is read: 市町村 or 都道府県, or the ids. */
export function bodyKindValues(): Values {
  kindValues ??= new Values("kind", termChoices(BODY_KINDS, BODY_KIND_TERMS), {
    code: "invalid_value",
    blank: "the code says the kind",
  });
  return kindValues;
}
