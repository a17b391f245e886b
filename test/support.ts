/** A small valid application for tests; callers copy and change it. */
export function validApplication(): Record<string, any> {
  return {
    fiscalYear: 2025,
    body: { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" },
    projects: [
      {
        id: "P1",
        name: "相談会",
        primaryPurpose: "dual-residence",
        expenses: [
          { id: "E1", item: "information.consultation-events", amount: "1200000" },
          {
            id: "E2",
            item: "opportunity.facilities",
            amount: "3000000",
            facility: { implementer: "private", work: "renovation" },
          },
        ],
      },
    ],
    coordinators: [
      {
        id: "C1",
        person: "A",
        post: "full-time",
        cost: "6200000",
        primaryPurpose: "dual-residence",
        activities: ["planning"],
      },
    ],
  };
}

/** The README's 20-line example application: 1,200,000 × 0.5 × 1.00 + 5,000,000 (cap) → 5,600 千円. */
export function readmeApplication(): Record<string, any> {
  return {
    fiscalYear: "令和7年度",
    body: { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" },
    projects: [
      {
        id: "P1",
        primaryPurpose: "dual-residence",
        expenses: [
          { id: "E1", item: "information.consultation-events", amount: "1,200,000" },
          {
            id: "E2",
            item: "opportunity.facilities",
            amount: "30000000",
            facility: { implementer: "private", work: "new" },
          },
        ],
      },
    ],
    coordinators: [
      {
        id: "C1",
        person: "A",
        post: "full-time",
        cost: "6200000",
        primaryPurpose: "dual-residence",
        activities: ["planning"],
      },
    ],
  };
}
