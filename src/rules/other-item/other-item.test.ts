import { describe, expect, it } from "vitest";
import { fy2025 } from "../../rulesets/fy2025.js";
import { otherItem } from "./index.js";

describe("等 other items", () => {
  it("counts, and always asks a person to look, quoting the description", () => {
    const verdict = otherItem.decide("移住者交流会の会場費", fy2025, {
      sharedWithOtherActivities: false,
      pillarJa: "きっかけづくり",
    });
    expect(verdict.outcome).toBe("passes");
    expect(verdict.review?.code).toBe("other-item");
    expect(verdict.review?.note.ja).toBe(
      "「きっかけづくり」の列挙外の経費（等）として計上。同種の経費に当たるか要確認: 移住者交流会の会場費",
    );
  });

  it("its step cites the seed's 等 and carries the review", () => {
    const verdict = otherItem.decide("x", fy2025, { sharedWithOtherActivities: false, pillarJa: "情報発信" });
    const step = otherItem.step("E9", "x", verdict, fy2025);
    expect([step.id, step.cite, step.output.outcome, step.needsReview?.code]).toEqual([
      "line/E9/other-item",
      "seed 等 (each list of items ends in 等)",
      "passes (needs review)",
      "other-item",
    ]);
  });

  it("its fragment holds up to 2,000 characters", () => {
    expect(otherItem.facts.schema.safeParse("あ".repeat(2000)).success).toBe(true);
    expect(otherItem.facts.schema.safeParse("あ".repeat(2001)).success).toBe(false);
  });
});
