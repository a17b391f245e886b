/*
 * Text → Shift_JIS (CP932) bytes, for tests that write files as Excel's plain 「CSV（コンマ区切り）」 does. Node
 * has no Shift_JIS encoder, so the table is the platform decoder's read backwards: every two-byte code it maps,
 * first code kept, the NEC-selected IBM extensions (0xED, 0xEE) left out for the IBM ones (0xFA–0xFC) as
 * Windows prefers, the user-defined area (0xF0–0xF9) left out. A table read from the decoder under test
 * proves nothing about that decoder: test/cli/encoding.test.ts pins it to byte sequences written by hand.
 */

let table: Map<string, number[]> | undefined;

function cp932Table(): Map<string, number[]> {
  if (table) return table;
  const decoder = new TextDecoder("shift_jis", { fatal: true });
  const codes = new Map<string, number[]>();
  for (let b = 0xa1; b <= 0xdf; b++) codes.set(decoder.decode(Uint8Array.of(b)), [b]); // half-width katakana
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if ((lead >= 0xa0 && lead <= 0xdf) || lead === 0xed || lead === 0xee || (lead >= 0xf0 && lead <= 0xf9)) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      let text: string;
      try {
        text = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue; // unassigned
      }
      if (!codes.has(text)) codes.set(text, [lead, trail]);
    }
  }
  table = codes;
  return codes;
}

/** The CP932 bytes of a text; throws on a character CP932 has not (ASCII is itself: "\" is the yen sign 0x5C). */
export function cp932(text: string): Buffer {
  const codes = cp932Table();
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const found = codes.get(c);
      if (!found) throw new Error(`cp932: ${JSON.stringify(c)} is not in CP932`);
      bytes.push(...found);
    }
  }
  return Buffer.from(bytes);
}
