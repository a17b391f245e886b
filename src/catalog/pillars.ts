import type { Pillar, PillarId } from "./types.js";

/** The five pillars (seed ★ headings), in the seed's order. */
export const pillars = {
  information: {
    id: "information",
    label: { ja: "情報発信", en: "Information" },
    purpose: {
      ja: "二地域居住希望者等に対する情報発信に係る財政措置",
      en: "Reaching people who may live in two regions",
    },
  },
  consultation: {
    id: "consultation",
    label: { ja: "相談窓口の設置", en: "Consultation desks" },
    purpose: {
      ja: "二地域居住希望者等が地域での具体的な生活等の相談ができる窓口の設置に係る財政措置",
      en: "Desks where they can ask about daily life in the region",
    },
  },
  coordinators: {
    id: "coordinators",
    label: { ja: "コーディネーターによる支援", en: "Coordinators" },
    purpose: {
      ja: "二地域居住希望者等に対する情報提供や相談対応等を行うコーディネーターの設置に係る財政措置",
      en: "Coordinators who inform and advise them",
    },
  },
  opportunity: {
    id: "opportunity",
    label: { ja: "きっかけづくり", en: "First contact" },
    purpose: {
      ja: "二地域居住を検討する上での不安・懸念を軽減、払拭することを目的とした体験の実施等に係る財政措置",
      en: "Trials that ease their doubts about dual residence",
    },
  },
  reception: {
    id: "reception",
    label: { ja: "受入環境の整備", en: "Reception" },
    purpose: {
      ja: "二地域居住希望者等の就職や兼業・副業の支援又は住居支援に係る財政措置",
      en: "Jobs, side jobs and housing for them",
    },
  },
} as const satisfies Readonly<Partial<Record<PillarId, Pillar>>>;

/**
 * ふるさと住民登録制度 (FY2026 on, provisional): announced in the seed as 検討中; its funding as reported in
 * FY2026 (DOMAIN.md §12, confidence medium-low). A pillar of its own, outside the five.
 */
export const furusatoPillar: Pillar = {
  id: "furusato",
  label: { ja: "ふるさと住民登録制度", en: "Furusato resident registration" },
  purpose: {
    ja: "ふるさと住民登録制度の準備・運用に係る財政措置（令和8年度、報道による暫定）",
    en: "Preparing and running the furusato resident registration (FY2026, provisional, as reported)",
  },
};
