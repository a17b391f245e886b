/** A rendered calculation as plain blocks; each output format writes these its own way. */
export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | {
      readonly kind: "paragraph";
      readonly text: string;
      /** "meta": the body and year under the title; "prepared": who prepared the document and when (HTML classes). */
      readonly role?: "meta" | "prepared";
    }
  | ListBlock
  | TableBlock
  | StepBlock;

/** A reference to a step as a reader sees it ("手順 12", "step 12 (project/P2/fn5)") and the step's id. */
export interface StepRef {
  readonly stepId: string;
  readonly text: string;
}

export interface ListBlock {
  readonly kind: "list";
  readonly items: readonly string[];
  /** Per item, the step it is about: written before the item (HTML links it to the step). */
  readonly refs?: readonly StepRef[];
}

export interface TableBlock {
  readonly kind: "table";
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly numeric: readonly boolean[];
  /** Per row, the calculation field the row shows and its raw value (HTML writes them as data attributes). */
  readonly fields?: readonly (RowField | undefined)[];
  /** Per row, a total or subtotal row (HTML sets it in bold). */
  readonly totals?: readonly boolean[];
  /** Per column, short cells a page should not break inside a word (ids, labels, codes; Japanese included). */
  readonly nowrap?: readonly boolean[];
  /**
   * The column whose cells refer to a step, and per row the reference its cell begins with ("手順 4" of
   * "手順 4 ほか8件"): HTML links those words to the step.
   */
  readonly stepLinks?: { readonly column: number; readonly refs: readonly StepRef[] };
  /** "records": long text in every column; plain text writes each row as a small record, not a grid. */
  readonly layout?: "grid" | "records";
}

export interface RowField {
  readonly path: string;
  readonly value: string;
}

/** One trace step: a heading, its note, and labelled fields (a value, or key = value entries). */
export interface StepBlock {
  readonly kind: "step";
  readonly stepId: string;
  readonly title: string;
  readonly note: string;
  readonly fields: readonly StepField[];
}

export type StepField =
  | { readonly label: string; readonly value: string }
  | { readonly label: string; readonly entries: readonly (readonly [string, string])[] };

/**
 * The blocks with every string a reader sees passed through `escape`: the one place where a renderer
 * (Markdown, text) makes user text safe for its format, so that no string can skip it. (Row fields and
 * step ids, which only the HTML writer uses, are kept as they are; a step reference's words are escaped.)
 */
export function escapeBlocks(blocks: readonly Block[], escape: (text: string) => string): Block[] {
  const all = (texts: readonly string[]) => texts.map(escape);
  return blocks.map((block): Block => {
    switch (block.kind) {
      case "heading":
      case "paragraph":
        return { ...block, text: escape(block.text) };
      case "list":
        return {
          ...block,
          items: all(block.items),
          ...(block.refs && { refs: block.refs.map((r) => ({ stepId: r.stepId, text: escape(r.text) })) }),
        };
      case "table":
        return { ...block, head: all(block.head), rows: block.rows.map(all) };
      case "step":
        return {
          ...block,
          title: escape(block.title),
          note: escape(block.note),
          fields: block.fields.map((f) =>
            "value" in f
              ? { label: escape(f.label), value: escape(f.value) }
              : { label: escape(f.label), entries: f.entries.map(([k, v]) => [escape(k), escape(v)] as const) },
          ),
        };
    }
  });
}

/** A list item as Markdown and text write it: its step reference first, where it has one. */
export function listItemText(item: string, ref: StepRef | undefined): string {
  return ref ? `${ref.text} ${item}` : item;
}

/** A step field as one line: "根拠: seed ※2", "入力: amountYen = 6200000; …" ("-" when empty). */
export function stepFieldText(field: StepField): string {
  if ("value" in field) return `${field.label}: ${field.value}`;
  return `${field.label}: ${field.entries.map(([k, v]) => `${k} = ${v}`).join("; ") || "-"}`;
}

/** Columns a string takes in a monospaced terminal: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6)
        ? 2
        : 1;
  }
  return width;
}
