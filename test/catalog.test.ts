import { describe, expect, it } from "vitest";
import { catalog } from "../src/index.js";

describe("catalog", () => {
  it("has the item ids DESIGN.md fixes, in the seed's order", () => {
    expect(catalog.items.map((i) => i.id)).toEqual([
      "information.consultation-events",
      "information.event-booths",
      "information.web-and-city-office",
      "information.telework-environment",
      "information.promotion-materials",
      "information.registration-system",
      "information.other",
      "consultation.in-region-desk",
      "consultation.out-of-region-desk",
      "consultation.other",
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
    ]);
    expect(catalog.coordinatorActivities.map((a) => a.id)).toEqual([
      "planning",
      "consultation-and-living-support",
      "dual-school-support",
      "regional-study-support",
      "other",
    ]);
    expect(Object.keys(catalog.pillars)).toEqual([
      "information",
      "consultation",
      "coordinators",
      "opportunity",
      "reception",
    ]);
  });

  it("ties each footnote to its items and facts", () => {
    const byId = new Map(catalog.items.map((i) => [i.id, i]));
    expect(byId.get("information.registration-system")).toMatchObject({
      footnotes: ["fn1", "fn3", "fn5"],
      requiredFacts: ["system"],
    });
    expect(byId.get("opportunity.facilities")).toMatchObject({
      footnotes: ["fn2", "fn3", "fn5"],
      requiredFacts: ["facility"],
    });
    expect(byId.get("opportunity.regional-study-programs")).toMatchObject({
      footnotes: ["fn4", "fn3", "fn5"],
      requiredFacts: ["regionalStudy"],
    });
    expect(byId.get("reception.jobs-and-side-jobs")?.requiredFacts).toEqual(["cashHandout"]);
    for (const item of catalog.items.filter((i) => i.isOther))
      expect(item.requiredFacts).toEqual(["description", "cashHandout"]);
  });

  it("words every label in Japanese and English", () => {
    for (const item of catalog.items) {
      expect(item.label.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(item.label.en).toMatch(/^[A-Z]/);
    }
  });
});
