/**
 * Writes the example batch in fixtures/batch/ (bodies.csv, lines.csv) from the national FCI list
 * ../shared/data/fpi-fy2021.csv: real codes, names, kinds and FCIs of 30 bodies, with MADE-UP spending
 * (hand-worked for six bodies, pseudo-random with a fixed seed for the rest). Same output every run.
 *
 *   npx tsx scripts/make-batch-fixtures.ts                        # fixtures/batch/
 *   npx tsx scripts/make-batch-fixtures.ts --national DIR [N]     # all 1,788 bodies × N lines (default 50), for benchmarks
 *
 * The package never reads ../shared at run time; only this script does.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../bench/generate.js";
import { parseCsv } from "../src/cli/csv/reader.js";
import { csvRow } from "../src/cli/csv/writer.js";

const SOURCE = new URL("../../shared/data/fpi-fy2021.csv", import.meta.url);
const FIXTURES = new URL("../fixtures/batch/", import.meta.url);

interface Body {
  code: string;
  name: string;
  kind: string;
  fci: string;
}

const LINE_HEADER = [
  "body_code",
  "type",
  "project_id",
  "project_name",
  "purpose",
  "weight_dual_residence",
  "weight_migration",
  "line_id",
  "item",
  "amount",
  "cash_handout",
  "system_phase",
  "digital_bond_covers",
  "facility_implementer",
  "facility_work",
  "regional_bond_covers",
  "takes_outside_students",
  "mainly_school_appeal",
  "in_strategy_plan",
  "description",
  "post",
  "person",
  "coordinator_name",
  "activities",
  "#note",
] as const;
type Cell = (typeof LINE_HEADER)[number];
type Row = Partial<Record<Cell, string>>;

const MADE_UP = "架空の例 (made-up example)";

/** Hand-worked bodies: their workings are in fixtures/batch/README.md and test/cli/batch.e2e.test.ts. */
const HAND_WORKED: Record<string, Row[]> = {
  // 気仙沼市, FCI 0.45 → 1.00: (1,200,000 + 800,000) × 0.5 × 1.00 + 5,000,000 (cap) = 6,000,000 → 6,000 千円
  "042056": [
    {
      project_id: "P1",
      project_name: "二地域居住相談会",
      purpose: "dual-residence",
      line_id: "E1",
      item: "information.consultation-events",
      amount: "1,200,000",
    },
    {
      project_id: "P1",
      line_id: "E2",
      item: "opportunity.facilities",
      amount: "30000000",
      facility_implementer: "private",
      facility_work: "new",
    },
    {
      project_id: "P2",
      project_name: "気仙沼ファンクラブ",
      purpose: "dual-residence",
      line_id: "E3",
      item: "opportunity.fan-club",
      amount: "800000",
    },
    {
      type: "coordinator",
      line_id: "C1",
      post: "full-time",
      person: "A",
      amount: "6200000",
      purpose: "dual-residence",
      activities: "planning",
    },
  ],
  // 福島県, FCI 0.52158 → 0.52 → 7/3 − 8/3 × 0.52 = 0.9466… → 0.95:
  // 2,000,000 × 0.5 × 0.95 = 950,000; 3,000,000 cash handout out (※3); coordinator 600,000 → 400,000 (兼任 cap) → 1,350 千円
  "070009": [
    {
      project_id: "P1",
      project_name: "テレワーク環境の発信",
      purpose: "dual-residence",
      line_id: "E1",
      item: "information.telework-environment",
      amount: "2,000,000",
    },
    { project_id: "P1", line_id: "E2", item: "reception.jobs-and-side-jobs", amount: "3000000", cash_handout: "TRUE" },
    {
      type: "coordinator",
      line_id: "C1",
      post: "concurrent",
      person: "B",
      amount: "600000",
      purpose: "dual-residence",
      activities: "consultation-and-living-support",
    },
  ],
  // 東京都, FCI 1.07301 → 1.07 → 0.20: 10,000,000 × 0.5 × 0.20 = 1,000,000 → 1,000 千円;
  // P2 is mainly migration (※5): 4,000,000 × 0.5 = 2,000,000 → 2,000 千円 in the migration measure, flagged for review
  "130001": [
    {
      project_id: "P1",
      project_name: "東京事務所での情報発信",
      purpose: "dual-residence",
      line_id: "E1",
      item: "information.web-and-city-office",
      amount: "10,000,000",
    },
    {
      project_id: "P2",
      project_name: "移住フェア",
      purpose: "migration",
      line_id: "E2",
      item: "information.consultation-events",
      amount: "4000000",
    },
  ],
  // 南魚沼市, FCI 0.41 → 1.00: weights 3 : 1 send the tour wholly here (※5): 1,500,000 × 0.5 = 750,000 → 750 千円
  "152269": [
    {
      project_id: "P1",
      project_name: "帰る旅",
      weight_dual_residence: "3",
      weight_migration: "1",
      line_id: "E1",
      item: "opportunity.trial-tours",
      amount: "1500000",
    },
  ],
  // 山県市, FCI 0.40 → 1.00: side-job support paid to no one in cash counts: 2,400,000 × 0.5 = 1,200,000 → 1,200 千円
  "212156": [
    {
      project_id: "P1",
      project_name: "企業人材の副業受入れ",
      purpose: "dual-residence",
      line_id: "E1",
      item: "reception.jobs-and-side-jobs",
      amount: "2400000",
      cash_handout: "FALSE",
    },
  ],
  // 福知山市, FCI 0.53 → 11/6 − 5/3 × 0.53 = 0.95: 1,234,567 × 0.5 × 0.95 = 586,419.325 → 586 千円
  "262013": [
    {
      project_id: "P1",
      project_name: "相談窓口",
      purpose: "dual-residence",
      line_id: "E1",
      item: "consultation.in-region-desk",
      amount: "1234567",
    },
  ],
};

/** Real bodies chosen for the example: the six above, places known for dual residence, and both FCI bands. */
const CHOSEN = [
  "010006",
  "070009",
  "130001",
  "150002",
  "200000",
  "390003",
  "011002",
  "013951",
  "014583",
  "014681",
  "042056",
  "131016",
  "152251",
  "152269",
  "162019",
  "204854",
  "205419",
  "212130",
  "212156",
  "262013",
  "325252",
  "336432",
  "341002",
  "363421",
  "472018",
];

function readBodies(): Body[] {
  const records = parseCsv(readFileSync(SOURCE, "utf8"));
  return records
    .slice(1)
    .map(({ fields: [code = "", , name = "", kind = "", fci = ""] }) => ({ code, name, kind, fci }));
}

const ITEMS = [
  "information.consultation-events",
  "information.event-booths",
  "information.web-and-city-office",
  "information.telework-environment",
  "information.promotion-materials",
  "information.registration-system",
  "information.other",
  "consultation.in-region-desk",
  "consultation.out-of-region-desk",
  "opportunity.trial-tours",
  "opportunity.regional-study-programs",
  "opportunity.dual-school-programs",
  "opportunity.facilities",
  "opportunity.resident-exchange",
  "opportunity.fan-club",
  "opportunity.attitude-survey",
  "opportunity.other",
  "reception.jobs-and-side-jobs",
  "reception.vacant-house-bank",
  "reception.housing-renovation-grants",
  "reception.other",
];
const ACTIVITIES = [
  "planning",
  "consultation-and-living-support",
  "dual-school-support",
  "regional-study-support",
  "other",
];
const PROJECT_NAMES = [
  "二地域居住PR",
  "お試し暮らし",
  "関係人口創出",
  "ワーケーション推進",
  "地域留学",
  "空き家活用",
  "ふるさと交流",
];

/** Made-up spending for one body: 1–4 projects of 1–6 expenses, and 0–2 coordinators (about `lines` rows in all when given). */
function madeUpRows(random: () => number, lines?: number): Row[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const bool = () => (random() < 0.5 ? "TRUE" : "FALSE");
  const amount = () => {
    const yen = (Math.floor(random() * 20_000) + 100) * 1000;
    return random() < 0.3 ? yen.toLocaleString("en-US") : String(yen);
  };
  const rows: Row[] = [];
  const projects = lines ? Math.max(1, Math.round(lines / 5)) : 1 + Math.floor(random() * 4);
  let n = 0;
  for (let p = 1; p <= projects; p++) {
    const purpose = random();
    const head: Row & { project_id: string } = { project_id: `P${p}`, project_name: pick(PROJECT_NAMES) };
    if (purpose < 0.8) head.purpose = "dual-residence";
    else if (purpose < 0.9) head.purpose = "migration";
    else
      Object.assign(
        head,
        random() < 0.7
          ? { weight_dual_residence: "3", weight_migration: "1" }
          : { weight_dual_residence: "1", weight_migration: "2" },
      );
    const expenses = lines ? 5 : 1 + Math.floor(random() * 6);
    for (let e = 0; e < expenses; e++) {
      const item = pick(ITEMS);
      const row: Row = {
        ...(e === 0 ? head : { project_id: head.project_id }),
        line_id: `E${++n}`,
        item,
        amount: amount(),
      };
      if (item === "information.registration-system") {
        row.system_phase = random() < 0.5 ? "build" : "upkeep";
        if (row.system_phase === "build") row.digital_bond_covers = bool();
      } else if (item === "opportunity.facilities") {
        row.facility_implementer = random() < 0.5 ? "private" : "government";
        row.facility_work = random() < 0.5 ? "new" : "renovation";
        if (row.facility_implementer === "government") row.regional_bond_covers = bool();
      } else if (item === "opportunity.regional-study-programs") {
        Object.assign(row, { takes_outside_students: bool(), mainly_school_appeal: bool(), in_strategy_plan: bool() });
      } else if (item === "reception.jobs-and-side-jobs") row.cash_handout = random() < 0.3 ? "TRUE" : "FALSE";
      if (item.endsWith(".other"))
        Object.assign(row, { description: "同種の取組（架空）", cash_handout: random() < 0.2 ? "TRUE" : "FALSE" });
      rows.push(row);
    }
  }
  const coordinators = lines ? 0 : Math.floor(random() * 3);
  for (let c = 1; c <= coordinators; c++) {
    const activity = pick(ACTIVITIES);
    const row: Row = {
      type: "coordinator",
      line_id: `C${c}`,
      post: random() < 0.6 ? "full-time" : "concurrent",
      person: `person-${c}`,
      coordinator_name: `コーディネーター${c}（架空）`,
      amount: amount(),
      purpose: "dual-residence",
      activities: activity === "planning" ? "planning" : `planning;${activity}`,
    };
    if (activity === "regional-study-support")
      Object.assign(row, { takes_outside_students: "TRUE", mainly_school_appeal: "FALSE", in_strategy_plan: bool() });
    if (activity === "other") row.description = "イベント運営の補助（架空）";
    rows.push(row);
  }
  return rows;
}

function lineRecord(code: string, row: Row): string {
  return csvRow(
    LINE_HEADER.map((cell) => (cell === "body_code" ? code : cell === "#note" ? MADE_UP : (row[cell] ?? ""))),
  );
}

function write(dir: URL | string, bodies: readonly Body[], rowsOf: (body: Body) => Row[]): void {
  const bodiesText =
    csvRow(["code", "name", "kind", "fci"]) + bodies.map((b) => csvRow([b.code, b.name, b.kind, b.fci])).join("");
  const linesText = csvRow(LINE_HEADER) + bodies.flatMap((b) => rowsOf(b).map((r) => lineRecord(b.code, r))).join("");
  // Inputs as an analyst's Excel saves them with 「CSV UTF-8」: with a BOM.
  writeFileSync(typeof dir === "string" ? join(dir, "bodies.csv") : new URL("bodies.csv", dir), `\uFEFF${bodiesText}`);
  writeFileSync(typeof dir === "string" ? join(dir, "lines.csv") : new URL("lines.csv", dir), `\uFEFF${linesText}`);
}

const all = readBodies();
const random = mulberry32(20250401); // seeded: the example is the same on every run
if (process.argv[2] === "--national") {
  const dir = process.argv[3];
  if (!dir) throw new Error("usage: make-batch-fixtures.ts --national DIR [lines per body]");
  const perBody = Number(process.argv[4] ?? 50);
  mkdirSync(dir, { recursive: true });
  write(dir, all, () => madeUpRows(random, perBody));
  process.stdout.write(
    `wrote ${dir}/bodies.csv (${all.length} bodies) and lines.csv (about ${all.length * perBody} lines)\n`,
  );
} else {
  const byCode = new Map(all.map((b) => [b.code, b]));
  const chosen = CHOSEN.map((code) => byCode.get(code) ?? missing(code));
  // Five more municipalities in the middle FCI band (0.5 ≤ FCI < 0.8), every 300th of the list.
  const middle = all.filter(
    (b) => b.kind === "municipality" && Number(b.fci) >= 0.5 && Number(b.fci) < 0.8 && !CHOSEN.includes(b.code),
  );
  for (let i = 0; i < 5; i++) chosen.push(middle[Math.floor((i * middle.length) / 5)] as Body);
  chosen.sort((a, b) => a.code.localeCompare(b.code));
  write(FIXTURES, chosen, (b) => HAND_WORKED[b.code] ?? madeUpRows(random));
  process.stdout.write(`wrote fixtures/batch/bodies.csv (${chosen.length} bodies) and lines.csv\n`);
}

function missing(code: string): never {
  throw new Error(`body ${code} is not in ${SOURCE.pathname}`);
}
