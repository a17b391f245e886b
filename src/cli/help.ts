/** Usage text of each command, each with an example; `dra <command> --help` prints it. */

export const TOP_HELP = `dra — 二地域居住・関係人口施策の特別交付税を算定する (dual-residence-allocation)

Usage: dra <command> [options]

Commands:
  calc <application.json>            compute one body's allocation (JSON, or a readable trace)
  batch <bodies.csv> <lines.csv>     compute many bodies from two spreadsheets (CSV or .xlsx) into CSV files
  batch <様式.xlsx>                  the same from one workbook with the sheets 団体一覧 and 経費明細
  verify <calculation.json>          replay a calculation and report any edited number
  digest <calculation.json>          recompute its three SHA-256 digests (input, ruleset, result)
  schema input|calculation           print a JSON Schema
  catalog                            list the eligible items (経費区分) with labels and footnotes
  template --out <様式.xlsx>          write the input workbook for batch, with drop-down lists and an example

Options:
  -h, --help       this text; "dra <command> --help" for a command's
  -v, --version    the version

Exit codes: 0 done, 1 invalid input (every problem is listed) or, for verify and digest, a mismatch,
2 wrong command line.
"-" as a file name reads standard input.

Example:
  dra batch fixtures/batch/bodies.csv fixtures/batch/lines.csv --out results
`;

export const COMMAND_HELP: Record<string, string> = {
  calc: `Usage: dra calc <application.json | -> [options]

Computes one body's allocation from an application (the input format: "dra schema input").
Given a stored calculation instead, verifies it and prints its 計算書 (--format markdown, text, html, csv).

Options:
  -f, --format <f>   json (default: the whole Calculation with its trace), markdown, text, html, csv
  -l, --lang <l>     ja (default) or en, for markdown, text, html and csv
  -o, --out <file>   write to a file instead of standard output
      --prepared-by <text>  作成者, shown under the 計算書's title (markdown, text, html)
      --prepared-on <text>  作成日, as you write it (e.g. 令和8年3月31日); dra never reads the clock for it

Example:
  dra calc examples/kesennuma-application.json --format text
  dra calc application.json --format html --prepared-by "地域づくり推進課" --prepared-on "令和8年3月31日"
  cat application.json | dra calc - --out calculation.json
`,
  batch: `Usage: dra batch <bodies.csv> <lines.csv> --out <folder> [options]
       dra batch <様式.xlsx> --out <folder> [options]

Computes every body in lines.csv (bodies' codes, kinds and 財政力指数 from bodies.csv) and writes to the
folder: summary.csv (one row per body), lines.csv (one row per input row, with its disposition),
errors.csv (every problem), report.html (a page to check the bodies: charts and the bodies to look at
first), with --json calculations/<code>.json and .html (each body's Calculation and its 計算書), and with
--xlsx results.xlsx (the three as sheets 集計, 明細, エラー; codes as text, yen as numbers).
CSV files are read as UTF-8 (with or without BOM) or Shift_JIS (CP932, Excel's plain CSV), and written
as UTF-8 with BOM for Excel. Either file may be an .xlsx workbook (its sheet 団体一覧 or 経費明細, else its
first sheet); one workbook alone must have both sheets ("dra template" writes one). The CSV files and
results.xlsx are in Japanese when the lines are headed in Japanese, as dra template's are (--lang to
choose). Value cells take the id or its Japanese name (kind 市町村, post 専任, item as "dra catalog"
labels it, TRUE/FALSE or はい/いいえ).
lines.csv is read body by body: keep each body's rows together (sort it by body_code).
Columns and an example: docs/cli.md.

Options:
  -o, --out <folder>       where to write (created if missing; its parent must exist)
      --json               also write calculations/<code>.json and .html (its 計算書) for each computed body
      --xlsx               also write results.xlsx (sheets 集計, 明細, エラー)
      --strict             any problem, and nothing is written (the default)
      --skip-invalid       write the good bodies; bad rows go to errors.csv (exit code still 1)
      --fiscal-year <y>    2025 (default), "R7", "令和7年度"
      --lang <ja|en>       headers and values of the CSV files and results.xlsx (default: as lines' header)
  -q, --quiet              no progress bar and no closing report

Example:
  dra batch fixtures/batch/bodies.csv fixtures/batch/lines.csv --out results --json
  dra template --out 様式.xlsx && dra batch 様式.xlsx --out results --xlsx
`,
  verify: `Usage: dra verify <calculation.json | -> [options]

Replays a calculation from the input and ruleset recorded in its trace and compares every number,
disposition and step. Exit 0 when it matches, 1 when anything was edited (each difference is listed).

Options:
  -f, --format <f>   text (default) or json (the VerifyResult)
  -o, --out <file>   write to a file instead of standard output

Example:
  dra calc examples/kesennuma-application.json --out calc.json && dra verify calc.json
`,
  digest: `Usage: dra digest <calculation.json | -> [options]

Recomputes the three SHA-256 digests of a calculation file, each over the canonical JSON (RFC 8785) of
its part: input (trace.input), ruleset (this library's ruleset of trace.rulesetId) and result (all but
trace.input and trace.digests); prints them beside the file's trace.digests. Exit 0 when all three
match, 1 otherwise. It does not replay the calculation: "dra verify" does. docs/audit.md: the same
digests by hand with Node alone, and why jq's are not always these.

Options:
  -f, --format <f>   text (default) or json
  -o, --out <file>   write to a file instead of standard output

Example:
  dra calc examples/kesennuma-application.json --out calc.json && dra digest calc.json
`,
  schema: `Usage: dra schema <input | calculation> [options]

Prints a JSON Schema (draft 2020-12): "input" for applications, "calculation" for calc's JSON output.

Options:
  -o, --out <file>   write to a file instead of standard output

Example:
  dra schema input --out application.schema.json
`,
  catalog: `Usage: dra catalog [options]

Lists the eligible items (経費区分) by pillar, with their labels, footnotes (※1–※5) and the facts an
expense of each item must state; then the coordinator activities.

Options:
  -f, --format <f>   text (default), json or csv (for an Excel drop-down list)
  -l, --lang <l>     ja (default) or en
  -o, --out <file>   write to a file instead of standard output

Example:
  dra catalog --format csv --out items.csv
`,
  template: `Usage: dra template --out <様式.xlsx>

Writes the input workbook for "dra batch": the sheets 団体一覧 (bodies) and 経費明細 (lines) with every
column under its Japanese header, a drop-down list on every column that takes one of a fixed list of
values (kind, type, purpose, item, post, yes/no …, by their Japanese names), and one worked row on each
sheet. Fill it in (or replace the worked rows), then run "dra batch 様式.xlsx --out <folder>".

Options:
  -o, --out <file>   the workbook to write (required)

Example:
  dra template --out 様式.xlsx && dra batch 様式.xlsx --out results --xlsx
`,
};

/** Prints a command's usage (the top-level usage when the command is unknown) to standard output. */
export function showHelp(command: string | undefined, out: { write(text: string): unknown }): 0 {
  out.write((command !== undefined ? COMMAND_HELP[command] : undefined) ?? TOP_HELP);
  return 0;
}
