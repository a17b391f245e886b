/*
 * Keys that group records (a coordinator's `person`; any such key added later) are compared in one
 * normalised form, everywhere: Unicode NFKC (全角 letters and digits, 半角 katakana folded), white space
 * (the ideographic space U+3000 too) trimmed and collapsed to one space. "A" and "A " and "Ａ" are one
 * person; "A" and "a", or "やまだ" and "ヤマダ", may be one person, which only a person can tell.
 */

/** The key as records are grouped by it. */
export function identityKey(written: string): string {
  return written.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

/** The key with letter case and hiragana/katakana folded: keys equal here but not as keys are near-duplicates. */
export function looseKey(key: string): string {
  return key.toLowerCase().replace(/[\u30a1-\u30f6]/gu, (k) => String.fromCharCode(k.charCodeAt(0) - 0x60));
}

/**
 * For each record whose key differs from another record's only in letter case or kana, the ids of those
 * others, in input order. Records with the same key are one person, not near-duplicates.
 */
export function nearDuplicates(
  records: readonly { readonly id: string; readonly key: string }[],
): Map<string, string[]> {
  const byLoose = new Map<string, { id: string; key: string }[]>();
  for (const r of records) {
    const loose = looseKey(r.key);
    const list = byLoose.get(loose);
    if (list) list.push(r);
    else byLoose.set(loose, [r]);
  }
  const out = new Map<string, string[]>();
  for (const list of byLoose.values()) {
    for (const r of list) {
      const others = list.filter((o) => o.key !== r.key).map((o) => o.id);
      if (others.length > 0) out.set(r.id, others);
    }
  }
  return out;
}
