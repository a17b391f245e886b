import { catalog, FOOTNOTE_MARKS, type Label } from "../../index.js";
import { oneOf, parseCommandArgs, text } from "../args.js";
import { csvDocument } from "../csv/writer.js";
import { EXIT, type ExitCode } from "../errors.js";
import { showHelp } from "../help.js";
import { writeOutput, type Streams } from "../io.js";

/** dra catalog: the eligible items and coordinator activities, as text, JSON or CSV. */
export async function catalogCommand(args: readonly string[], io: Streams): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    "catalog",
    args,
    {
      format: { type: "string", short: "f" },
      lang: { type: "string", short: "l" },
      out: { type: "string", short: "o" },
    },
    { min: 0, max: 0 },
  );
  if (parsed.help) return showHelp("catalog", io.stdout);
  const format = oneOf("catalog", "format", parsed.values.format, ["text", "json", "csv"] as const, "text");
  const lang = oneOf("catalog", "lang", parsed.values.lang, ["ja", "en"] as const, "ja");
  const label = (l: Label) => l[lang];
  const marks = (ids: readonly string[]) =>
    ids.map((f) => (FOOTNOTE_MARKS as Readonly<Record<string, string>>)[f] ?? f).join(" ");
  let output: string;
  if (format === "json") output = `${JSON.stringify(catalog, null, 2)}\n`;
  else if (format === "csv") {
    const rows = [
      ...catalog.items.map((i) => [
        "item",
        i.id,
        i.pillar,
        label(i.label),
        marks(i.footnotes),
        i.requiredFacts.join(";"),
      ]),
      ...catalog.coordinatorActivities.map((a) => [
        "activity",
        a.id,
        "coordinators",
        label(a.label),
        marks(a.footnotes),
        a.isOther ? "description" : "",
      ]),
    ];
    output = csvDocument(["kind", "id", "pillar", "label", "footnotes", "required_facts"], rows);
  } else {
    const blocks = Object.values(catalog.pillars).map((p) => {
      const items = catalog.items.filter((i) => i.pillar === p.id);
      const lines = items.map(
        (i) =>
          `  ${i.id.padEnd(40)} ${label(i.label)}  ${marks(i.footnotes)}${i.requiredFacts.length ? `  [${i.requiredFacts.join(", ")}]` : ""}`,
      );
      if (p.id === "coordinators")
        lines.push(
          ...catalog.coordinatorActivities.map(
            (a) =>
              `  activity ${a.id.padEnd(31)} ${label(a.label)}${a.footnotes.length ? `  ${marks(a.footnotes)}` : ""}`,
          ),
        );
      return `${label(p.label)} (${p.id})\n${lines.join("\n")}`;
    });
    const legend =
      lang === "ja"
        ? "[ ] は明細に記入が必要な事実。※3・※5 はすべての経費にかかる。"
        : "[ ] lists the facts an expense of the item must state. ※3 and ※5 bear on every expense.";
    output = `${blocks.join("\n\n")}\n\n${legend}\n`;
  }
  await writeOutput(output, text(parsed.values.out), io);
  return EXIT.ok;
}
