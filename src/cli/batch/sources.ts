import type { Workbook, Worksheet } from "exceljs";
import type { CsvRecord } from "../csv/reader.js";
import { csvRecords, type CsvSource } from "../csv/records.js";
import { EncodingProblem } from "../encoding.js";
import type { Problem } from "../errors.js";
import { byteChunks, checkInput, displayName, type Streams } from "../io.js";
import { loadExcel, workbookKind } from "../xlsx/excel.js";
import { sheetRecords } from "../xlsx/sheet-records.js";
import { INPUT_SHEETS } from "./sheets.js";

/*
 * Where the batch reads bodies and lines from: a CSV file (UTF-8 or Shift_JIS), or a sheet of an .xlsx
 * workbook. Either gives the same records (header first), so every check after this is the same.
 */

/** A table of records to read. */
export interface TableSource {
  /** How messages name it: "lines.csv", or the workbook and its sheet, "様式.xlsx [経費明細]". */
  readonly file: string;
  /** Its size in bytes, for the progress bar (a CSV file; not stdin, not a sheet). */
  readonly size: number | undefined;
  /** Its records; throws EncodingProblem or UnreadableInput when it cannot be read (past some point). */
  records(onBytes?: (count: number) => void): AsyncIterable<CsvRecord>;
  /** What it was read as, for the closing line ("UTF-8", "Shift_JIS (CP932)", ".xlsx"); undefined if unreadable. */
  format(): string | undefined;
}

/** A whole input that cannot be read: a workbook that does not open, a sheet it lacks, an .xls. */
class UnreadableInput extends Error {
  override readonly name = "UnreadableInput";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** Already reported (for the other table of the same workbook). */
  reported = false;
}

/** The file-level problem of an input that cannot be read (undefined for any other error: a defect). */
export function unreadableProblem(error: unknown, file: string): Problem | undefined {
  if (error instanceof EncodingProblem) return { file, line: error.line, code: "not_utf8", message: error.message };
  if (error instanceof UnreadableInput) return { file, code: error.code, message: error.message };
  return undefined;
}

/** Which role a table plays, and so which sheet of a workbook holds it. */
type Role = keyof typeof INPUT_SHEETS;

/**
 * The two tables of a batch. One path for both (`dra batch 様式.xlsx`) is one workbook with the sheets
 * 団体一覧 and 経費明細, read once. A workbook given for one table is read from the sheet of that table's
 * name, else from its first visible sheet. A workbook is read whole here (a CSV is streamed later).
 */
export async function openTables(
  paths: { readonly bodies: string; readonly lines: string },
  io: Streams,
): Promise<Record<Role, TableSource>> {
  const workbooks = new Map<string, Promise<Workbook | UnreadableInput>>();
  const open = async (role: Role): Promise<TableSource> => {
    const path = paths[role];
    const size = checkInput(path, "batch");
    const kind = workbookKind(path);
    if (kind === undefined) return new CsvTable(path, size, io);
    let workbook = workbooks.get(path);
    if (!workbook) {
      workbook = kind === "xls" ? Promise.resolve(oldFormat()) : readWorkbook(path);
      workbooks.set(path, workbook);
    }
    return sheetTable(path, role, paths.bodies === paths.lines, await workbook);
  };
  return { bodies: await open("bodies"), lines: await open("lines") };
}

/** Whether a path names a workbook (.xlsx or .xls, by its bytes). */
export function isWorkbook(path: string): boolean {
  checkInput(path, "batch");
  return workbookKind(path) !== undefined;
}

/** The sheet of a table's name; in a workbook of one table, else its first visible sheet. */
function sheetTable(path: string, role: Role, named: boolean, workbook: Workbook | UnreadableInput): SheetTable {
  const name = INPUT_SHEETS[role];
  if (workbook instanceof UnreadableInput) return new SheetTable(displayName(path), workbook);
  const sheet =
    workbook.getWorksheet(name) ?? (named ? undefined : workbook.worksheets.find((s) => s.state === "visible"));
  if (sheet) return new SheetTable(`${displayName(path)} [${sheet.name}]`, sheet);
  const sheets = workbook.worksheets.map((s) => s.name).join(", ");
  return new SheetTable(
    `${displayName(path)} [${name}]`,
    new UnreadableInput(
      "missing_sheet",
      `the workbook has no sheet "${name}" (its sheets: ${sheets || "none"}); a workbook given alone needs the sheets ${INPUT_SHEETS.bodies} (bodies) and ${INPUT_SHEETS.lines} (lines): rename them, or start from dra template --out 様式.xlsx`,
    ),
  );
}

class CsvTable implements TableSource {
  readonly file: string;
  private readonly source: CsvSource = {};
  private broken = false;

  constructor(
    private readonly path: string,
    readonly size: number | undefined,
    private readonly io: Streams,
  ) {
    this.file = displayName(path);
  }

  async *records(onBytes?: (count: number) => void): AsyncGenerator<CsvRecord> {
    try {
      yield* csvRecords(byteChunks(this.path, this.io), onBytes, this.source);
    } catch (error) {
      // Neither UTF-8 nor Shift_JIS: not named as read in either.
      if (error instanceof EncodingProblem) this.broken = true;
      throw error;
    }
  }

  format(): string | undefined {
    return this.broken ? undefined : this.source.encoding;
  }
}

class SheetTable implements TableSource {
  readonly size = undefined;

  constructor(
    readonly file: string,
    private readonly sheet: Worksheet | UnreadableInput,
  ) {}

  // eslint-disable-next-line @typescript-eslint/require-await -- an async generator, as the CSV's is
  async *records(): AsyncGenerator<CsvRecord> {
    if (!(this.sheet instanceof UnreadableInput)) {
      yield* sheetRecords(this.sheet);
      return;
    }
    // A workbook that does not open is one problem, though both tables were to come from it.
    if (this.sheet.reported) return;
    this.sheet.reported = true;
    throw this.sheet;
  }

  format(): string | undefined {
    return this.sheet instanceof UnreadableInput ? undefined : ".xlsx";
  }
}

async function readWorkbook(path: string): Promise<Workbook | UnreadableInput> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.readFile(path);
    return workbook;
  } catch (error) {
    return new UnreadableInput(
      "unreadable_workbook",
      `it cannot be read as an Excel workbook (.xlsx): ${error instanceof Error ? error.message : String(error)}; open it in Excel and save it as 「Excel ブック (*.xlsx)」`,
    );
  }
}

function oldFormat(): UnreadableInput {
  return new UnreadableInput(
    "unreadable_workbook",
    `it is an Excel 97–2003 workbook (.xls), which dra does not read: open it in Excel and save it as 「Excel ブック (*.xlsx)」 or as 「CSV UTF-8（コンマ区切り）(*.csv)」`,
  );
}
