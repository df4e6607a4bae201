/**
 * Decimals kept for positions and lengths, in points. pdfkit writes up to six (139.176667) on every
 * line, cell and text piece, and those digits were about a twentieth of a 500-engagement annex;
 * cut to two, nothing moves by 0.01 pt (3.5 µm) or more, far below any printer's or screen's dot.
 */
export const POSITION_DECIMALS = 2;

/**
 * Decimals kept for colour components (pdfkit writes 0.4980392156862745 for #7f7f7f): within
 * 0.0001 of the value, a component is within 0.03 of the same 8-bit level.
 */
export const COLOUR_DECIMALS = 4;

// A number operand is cut only when the rest of its line is more numbers and then an operator whose
// operands are all positions, or the last two of a text or transformation matrix (its scale and
// rotation before them stay as written), or all colour components.
const NUMBERS_THEN = '(?=(?: [-+]?[\\d.]+)*';
const POSITION = new RegExp(
  `(\\.\\d{${POSITION_DECIMALS}})\\d+` +
    `(?:${NUMBERS_THEN} (?:[mlcvy]|re|Td|TD)$)|(?=(?: [-+]?[\\d.]+)? (?:Tm|cm)$))`,
  'gm',
);
const COLOUR = new RegExp(
  `(\\.\\d{${COLOUR_DECIMALS}})\\d+${NUMBERS_THEN} (?:scn|SCN|sc|SC|rg|RG|g|G|k|K)$)`,
  'gm',
);

// Syntax in which a line may not be one whole operation: a literal string (it may hold anything),
// a hex string across lines, an inline image's data. pdfkit writes none of them for the annex.
const UNSAFE = /\(|<[0-9A-Fa-f\s]*\n|(?:^|\s)ID\s/;

/**
 * A page's content stream with positions and colours cut to POSITION_DECIMALS and COLOUR_DECIMALS.
 * pdfkit writes one operation a line, so only lines of numbers ending in one of those operators
 * change, and a stream with syntax that could break that rule is returned as it was. Cutting
 * instead of rounding keeps this to two native replacements over 27 MB of content.
 */
export function trimDigits(content: string): string {
  if (UNSAFE.test(content)) return content;
  return content.replace(POSITION, '$1').replace(COLOUR, '$1');
}
