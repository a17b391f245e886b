/** How many columns a text takes in a spreadsheet: two for a full-width character (漢字, かな), one otherwise. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /^[ -~\uff61-\uff9f]$/u.test(ch) ? 1 : 2;
  return width;
}
