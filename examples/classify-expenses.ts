/**
 * Classifies a few expense lines one by one, as a budgeting app would while a clerk types them: each line's
 * disposition, the footnotes that decided it, and the reason in Japanese. Run: `npx tsx examples/classify-expenses.ts`.
 * (In your project, import from "dual-residence-allocation" instead of "../src/index.js".)
 */
import { classifyExpense, InputError } from "../src/index.js";

const lines: unknown[] = [
  { id: "E1", item: "information.consultation-events", amount: "1,200,000" },
  { id: "E2", item: "opportunity.facilities", amount: "30,000,000", facility: { implementer: "private", work: "new" } },
  {
    id: "E3",
    item: "opportunity.facilities",
    amount: "8,500,000",
    facility: { implementer: "private", work: "renovation" },
  },
  {
    id: "E4",
    item: "information.registration-system",
    amount: "3,000,000",
    system: { phase: "build", digitalBondCovers: true },
  },
  { id: "E5", item: "reception.jobs-and-side-jobs", amount: "300,000", cashHandout: true },
  { id: "E6", item: "opportunity.other", amount: "450,000", cashHandout: false, description: "移住者との交流マルシェ" },
  { id: "E7", item: "opportunity.facilities", amount: "5,000,000" },
];

for (const line of lines) {
  try {
    const result = classifyExpense(line, { primaryPurpose: "dual-residence" });
    // The last step is the line's disposition; the ones before it are the footnote checks.
    const reason =
      result.steps
        .filter((s) => s.rule !== "fn5" && s.rule !== "disposition")
        .map((s) => s.note.ja)
        .join(" ") || "注記の適用なし";
    const review = result.needsReview.length > 0 ? ` [要確認: ${result.needsReview.join(", ")}]` : "";
    console.log(
      `${result.id}  ${result.disposition.padEnd(8)}  対象 ${result.eligibleYen.padStart(8)}円  ${result.rules.join(",") || "-"}  ${reason}${review}`,
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const issue of error.issues)
      console.log(`${(line as { id: string }).id}  input error  ${issue.path}: ${issue.message}`);
  }
}
