/** The sheets of the input workbook (`dra template` writes them; `dra batch 様式.xlsx` reads them). */
export const INPUT_SHEETS = { bodies: "団体一覧", lines: "経費明細" } as const;

/** The sheets of results.xlsx (`dra batch --xlsx`), in the language of the run (as the CSV files are). */
export const RESULT_SHEETS = {
  ja: { summary: "集計", lines: "明細", errors: "エラー" },
  en: { summary: "summary", lines: "lines", errors: "errors" },
} as const;
