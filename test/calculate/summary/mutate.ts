import fc from "fast-check";
import type { Input } from "../../properties/arbitraries.js";

/** Values that break some field somewhere, and some that are valid elsewhere (an id where an enum goes). */
const ODD_VALUES: unknown[] = [
  null,
  undefined,
  -1,
  1.5,
  0,
  2025,
  1e21,
  true,
  "",
  " ",
  "1.5",
  "-5",
  "１２０",
  "120万円",
  "1,20,000",
  "0012",
  "abc",
  "__proto__",
  "constructor",
  "E1",
  "P1",
  "0.45",
  "build",
  "upkeep",
  "private",
  "government",
  "new",
  "renovation",
  "migration",
  "dual-residence",
  "full-time",
  "concurrent",
  "planning",
  "other",
  "regional-study-support",
  "information.other",
  "opportunity.facilities",
  "x".repeat(101),
  "9".repeat(16),
  "9".repeat(21),
  {},
  [],
  [1],
  { phase: "build" },
];

/** Every slot (object key or array index) of a JSON-like value, with its container. */
function slots(value: unknown, out: { container: Record<string, unknown> | unknown[]; key: string | number }[] = []) {
  if (Array.isArray(value))
    value.forEach((item, i) => {
      out.push({ container: value, key: i });
      slots(item, out);
    });
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push({ container: value as Record<string, unknown>, key: k });
      slots(v, out);
    }
  }
  return out;
}

type Mutation = { at: number; action: "delete" | "replace" | "add-key" | "copy-id"; value: number };

/** One small change to a valid application: most make it invalid, some leave it valid. */
export function mutate(app: Input, m: Mutation): Input {
  const all = slots(app);
  const slot = all[m.at % all.length];
  if (!slot) return app;
  const { container, key } = slot;
  if (m.action === "delete") {
    if (Array.isArray(container)) container.splice(key as number, 1);
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the mutation removes a field at random
    else delete container[key as string];
  } else if (m.action === "replace") {
    (container as Record<string | number, unknown>)[key] = ODD_VALUES[m.value % ODD_VALUES.length];
  } else if (m.action === "add-key") {
    const target = (container as Record<string | number, unknown>)[key];
    if (target !== null && typeof target === "object" && !Array.isArray(target))
      (target as Record<string, unknown>).extra = ODD_VALUES[m.value % ODD_VALUES.length];
    else (container as Record<string | number, unknown>)[key] = { extra: 1 };
  } else {
    const ids = all.filter((s) => s.key === "id").map((s) => (s.container as Record<string, unknown>).id);
    (container as Record<string | number, unknown>)[key] = ids[m.value % Math.max(ids.length, 1)] ?? "E1";
  }
  return app;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  action: fc.constantFrom("delete", "replace", "add-key", "copy-id"),
  value: fc.nat(),
});
