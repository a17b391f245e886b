import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ExpectedLine {
  id: string;
  measure: string;
  disposition: string;
  amountYen: string;
  eligibleYen: string;
  excludedYen: string;
  rules: string[];
  needsReview: string[];
  why: string;
}

export interface Fixture {
  file: string;
  id: string;
  title: { ja: string; en: string };
  why: { ja: string; en: string };
  input: unknown;
  expected: {
    fiscalCorrection: { index: string; coefficient: string };
    lines: ExpectedLine[];
    allocation: Record<string, unknown>;
    workings: string[];
  };
}

export const fixturesDir = join(import.meta.dirname, "..", "..", "fixtures");

/** Every hand-worked fixture in fixtures/ (not its subfolders). */
export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(fixturesDir, file), "utf8")) as Omit<Fixture, "file">) }));
}
