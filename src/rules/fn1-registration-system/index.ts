import { z } from "zod";
import { formatCitation } from "../cite.js";
import { stepIds } from "../../trace/names.js";
import { factError, flag, typeError, YES_NO } from "../fact-schema.js";
import type { Condition, LineRule } from "../rule.js";
import { spaceOf, tabulated, tri } from "../verdict-table.js";

/*
 * ※1 (seed): 「二地域居住者等の登録のためのシステムの構築・維持」— the build cost counts here only when the
 * digital bond (デジタル活用推進事業債, 仮称; FY2025–2029) does not cover it; upkeep counts.
 */

/**
 * ※1's facts: the work's phase and, for a build, whether the digital bond covers it.
 *
 * @example
 * ```ts
 * const facts: RegistrationSystemFacts = { phase: "build", digitalBondCovers: false };
 * facts.phase;   //=> "build"
 * ```
 * @category Schema
 */
export interface RegistrationSystemFacts {
  /** 構築 (build) or 維持 (upkeep). */
  readonly phase: "build" | "upkeep";
  /** Within デジタル活用推進事業債's scope (required for build). */
  readonly digitalBondCovers?: boolean;
}

const schema = z.strictObject(
  {
    /** 構築 (build) or 維持 (upkeep). */
    phase: z.enum(["build", "upkeep"], { error: factError("system.phase", '"build" (構築) or "upkeep" (維持) (※1)') }),
    /** Within デジタル活用推進事業債's scope (required for build). */
    digitalBondCovers: flag.optional(),
  },
  { error: typeError("a system object { phase, digitalBondCovers? } (※1)") },
);

/** ※1's decision, worked out once for each phase and bond answer. */
const decideFn1 = tabulated<RegistrationSystemFacts>(
  spaceOf<RegistrationSystemFacts>({ phase: ["build", "upkeep"], digitalBondCovers: [undefined, true, false] }),
  ({ phase, digitalBondCovers }) => {
    const written: string = phase; // facts a caller built by hand may hold any phase: decided afresh
    return written === "build" ? tri(digitalBondCovers) : written === "upkeep" ? 3 + tri(digitalBondCovers) : -1;
  },
  ({ phase, digitalBondCovers }) => {
    const conditions: Condition[] = [
      { fact: "system.phase", expected: "upkeep", received: phase, passed: phase !== "build" },
      {
        fact: "system.digitalBondCovers",
        expected: "false",
        received: digitalBondCovers === undefined ? "" : String(digitalBondCovers),
        passed: digitalBondCovers !== true,
      },
    ];
    // Out only when both fail: a build that the bond covers.
    return { rule: "fn1", outcome: conditions.some((c) => c.passed) ? "passes" : "excluded", conditions };
  },
);

/** ※1: registration-system build costs the digital bond covers are out; upkeep counts. */
export const fn1: LineRule<RegistrationSystemFacts> = {
  id: "fn1",
  mark: "※1",
  cite: (ruleset) => ruleset.footnotes.fn1,
  facts: {
    field: "system",
    schema: schema as z.ZodType<RegistrationSystemFacts, RegistrationSystemFacts>,
    questions: [
      {
        path: "system.phase",
        question: {
          ja: "登録システムの構築費ですか、維持費ですか（※1）。",
          en: "Is it a build cost or upkeep of the registration system (※1)?",
        },
        options: [
          { value: "build", label: { ja: "構築", en: "build" } },
          { value: "upkeep", label: { ja: "維持", en: "upkeep" } },
        ],
      },
      {
        path: "system.digitalBondCovers",
        question: {
          ja: "構築費はデジタル活用推進事業債の対象ですか（※1）。",
          en: "Does the digital bond (デジタル活用推進事業債) cover the build cost (※1)?",
        },
        options: YES_NO,
      },
    ],
    hint: 'system: { phase: "build" | "upkeep", digitalBondCovers: true | false } (※1: build costs the digital bond covers are out)',
    canonical: ({ phase, digitalBondCovers }) =>
      digitalBondCovers !== undefined ? { phase, digitalBondCovers } : { phase },
    crossCheck: (system) => {
      const states = system.digitalBondCovers !== undefined && Object.hasOwn(system, "digitalBondCovers");
      if (system.phase === "build" && !states) {
        return [
          {
            path: ["digitalBondCovers"],
            code: "missing_fact",
            message:
              "a registration-system build must say digitalBondCovers: true | false (※1: build costs the digital bond covers are out)",
          },
        ];
      }
      if (system.phase === "upkeep" && states) {
        return [
          {
            path: ["digitalBondCovers"],
            code: "irrelevant_fact",
            message: "digitalBondCovers applies to build costs only (※1); upkeep counts as it is: remove it",
          },
        ];
      }
      return [];
    },
  },
  decide: (facts, _ruleset, context) => decideFn1(facts, context),
  step: (lineId, { phase, digitalBondCovers }, verdict, ruleset) => ({
    id: stepIds.lineRule(lineId, "fn1"),
    rule: "fn1",
    cite: formatCitation(ruleset.footnotes.fn1),
    subject: `line ${lineId}`,
    inputs: { phase, ...(digitalBondCovers !== undefined && { digitalBondCovers: String(digitalBondCovers) }) },
    output: { outcome: verdict.outcome },
  }),
  note: ({ inputs, output }) =>
    output.outcome === "excluded"
      ? {
          ja: "登録システムの構築費でデジタル活用推進事業債の対象となるため対象外（※1）。",
          en: "A registration-system build cost the digital bond covers: out (※1).",
        }
      : inputs.phase === "build"
        ? {
            ja: "登録システムの構築費でデジタル活用推進事業債の対象とならないため対象（※1）。",
            en: "A registration-system build cost the digital bond does not cover: counts (※1).",
          }
        : {
            ja: "登録システムの維持費は対象（※1は構築費のみを制限）。",
            en: "Registration-system upkeep counts (※1 limits build costs only).",
          },
  whyNot: (step, subject) => {
    const i = step.inputs;
    return {
      condition: {
        ja: "登録システムの構築費は、デジタル活用推進事業債の対象とならない場合に限り対象",
        en: "A registration-system build cost counts only when the digital bond (デジタル活用推進事業債) does not cover it",
      },
      failed: [
        { fact: "system.phase", value: i.phase ?? "", label: { ja: "構築費である", en: "it is a build cost" } },
        {
          fact: "system.digitalBondCovers",
          value: i.digitalBondCovers ?? "",
          label: { ja: "デジタル活用推進事業債の対象である", en: "the digital bond covers it" },
        },
      ],
      changes: [
        [
          {
            subject,
            fact: "system.digitalBondCovers",
            ...(i.digitalBondCovers !== undefined && { from: i.digitalBondCovers }),
            to: "false",
            label: { ja: "デジタル活用推進事業債の対象外（※1）", en: "not covered by the digital bond (※1)" },
          },
        ],
        [
          {
            subject,
            fact: "system.phase",
            ...(i.phase !== undefined && { from: i.phase }),
            to: "upkeep",
            label: { ja: "構築費ではなく維持費（※1）", en: "upkeep instead of a build (※1)" },
          },
          {
            subject,
            fact: "system.digitalBondCovers",
            ...(i.digitalBondCovers !== undefined && { from: i.digitalBondCovers }),
            label: { ja: "債の記載を外す（維持費には問わない）", en: "drop digitalBondCovers (not asked of upkeep)" },
          },
        ],
      ],
    };
  },
};
