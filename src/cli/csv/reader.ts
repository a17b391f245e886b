/*
 * An incremental RFC 4180 reader: text goes in chunk by chunk, records come out as soon as they end, so a
 * file of any size is read in constant memory. Quoted fields may hold commas, doubled quotes and line
 * breaks; records end with CRLF, LF or a lone CR. Line numbers are physical lines (1-based), counted as
 * the UTF-8 decoder counts them (line-ends.ts), so a message can point at the line an editor shows; `row`
 * counts records, as a spreadsheet numbers its rows.
 */
import { CR, endsLine, LF } from "../line-ends.js";

/** One record: its fields, the line it starts on, its record number (the header is row 1). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
  readonly row: number;
  /** A break of the format inside this record (the fields are still given, best effort). */
  readonly problem?: { readonly field: number; readonly message: string };
  /**
   * Cells a spreadsheet holds as something no column reads as text (a date, an error, a formula without its
   * saved result): each is blank in `fields` and refused here, at its cell. A CSV record has none.
   */
  readonly refused?: readonly CellRefusal[];
}

/** A cell that could not be read as text: its index in `fields`, a problem code and the message. */
export interface CellRefusal {
  readonly field: number;
  readonly code: string;
  readonly message: string;
}

const QUOTE = 34;
const COMMA = 44;

type Mode = "start" | "unquoted" | "quoted" | "quote";

export class CsvReader {
  private mode: Mode = "start";
  private field = "";
  private fields: string[] = [];
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private row = 0;
  private afterCR = false;
  private problem: CsvRecord["problem"] | undefined;

  /** Reads a chunk; calls `emit` for each record it completes. */
  push(text: string, emit: (record: CsvRecord) => void): void {
    const n = text.length;
    let run = 0; // start of the literal run not yet copied into `field`
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const crlf = c === LF && this.afterCR;
      this.afterCR = c === CR;
      switch (this.mode) {
        case "start":
          if (c === QUOTE) {
            this.mode = "quoted";
            this.quoteLine = this.line;
            run = i + 1;
          } else if (c === COMMA) this.endField();
          else if (c === CR || c === LF) {
            if (crlf) continue; // the LF of a CRLF that already ended the record
            this.line++;
            this.endRecord(emit);
          } else {
            this.mode = "unquoted";
            run = i;
          }
          break;
        case "unquoted":
          if (c === COMMA) {
            this.field += text.slice(run, i);
            this.endField();
          } else if (c === CR || c === LF) {
            this.field += text.slice(run, i);
            this.line++;
            this.endRecord(emit);
          }
          break;
        case "quoted":
          if (c === QUOTE) {
            this.field += text.slice(run, i);
            this.mode = "quote";
          } else if (endsLine(c, crlf)) this.line++; // crlf: the LF of a CRLF, whose CR counted
          break;
        case "quote": // the quote before this character closed the field, or began a doubled quote
          if (c === QUOTE) {
            this.field += '"';
            this.mode = "quoted";
            run = i + 1;
          } else if (c === COMMA) this.endField();
          else if (c === CR || c === LF) {
            this.line++;
            this.endRecord(emit);
          } else {
            this.problem ??= {
              field: this.fields.length,
              message:
                'text after the closing quote of a quoted field; a quote inside a quoted field is written twice ("")',
            };
            this.mode = "unquoted";
            run = i;
          }
          break;
      }
    }
    if (this.mode === "unquoted" || this.mode === "quoted") this.field += text.slice(run);
  }

  /** Ends the input: emits the last record if it had no line break after it. */
  end(emit: (record: CsvRecord) => void): void {
    if (this.mode === "quoted") {
      this.problem ??= {
        field: this.fields.length,
        message: `a quoted field opened on line ${this.quoteLine} is never closed; close it with "`,
      };
    }
    if (this.mode !== "start" || this.fields.length > 0) this.endRecord(emit);
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = "";
    this.mode = "start";
  }

  private endRecord(emit: (record: CsvRecord) => void): void {
    this.endField(); // a record always ends a field, even an empty one ("a," is two fields)
    const record: CsvRecord = {
      fields: this.fields,
      line: this.recordLine,
      row: ++this.row,
      ...(this.problem && { problem: this.problem }),
    };
    this.fields = [];
    this.problem = undefined;
    this.recordLine = this.line;
    emit(record);
  }
}

/** Every record of a whole text (for small inputs and tests). */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const reader = new CsvReader();
  const emit = (r: CsvRecord) => records.push(r);
  reader.push(text, emit);
  reader.end(emit);
  return records;
}

/** True when every field is empty or spaces: such rows (Excel leaves them) are skipped. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((f) => f.trim() === "");
}
