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
          { id: "E2", item: "opportunity.facilities", amount: "3000000", facility: { implementer: "private", work: "renovation" } },
        ],
      },
    ],
    coordinators: [{ id: "C1", person: "A", post: "full-time", cost: "6200000", primaryPurpose: "dual-residence", activities: ["planning"] }],
  };
}
