// SVG text does not wrap, and jsdom cannot measure text, so widths are estimated from the characters.
// The estimates err on the wide side: a line that wraps early is better than a label cut off.

/** CJK ideographs, CJK punctuation and full-width forms: each is one em wide. */
const WIDE = /[\u2190-\u2bff\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;
const THIN = /[iljI.,:;'!|]/u;
const NARROW = /[trf()[\]\-·]/u;

// Calibrated on DejaVu Sans, one of the widest fonts a system-ui stack falls back to.
function charWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === ' ') return 0.33;
  if (THIN.test(char)) return 0.3;
  if (NARROW.test(char)) return 0.42;
  if (/[mwMW]/u.test(char)) return 0.95;
  if (/[A-Z0-9]/u.test(char)) return 0.72;
  return 0.62;
}

/** Estimates the width of a text in user units at a font size; bold text is a little wider. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (bold ? 1.14 : 1);
}

const IDEOGRAPH = '\\u2190-\\u2bff\\u2e80-\\u2fff\\u3040-\\u9fff\\uf900-\\ufaff';
const OPENING = '（《「“‘【';
const CLOSING = '）》」”’】，。、：；！？';

// A token is a Chinese phrase with the brackets and punctuation that must stay beside it (so lines
// break after a comma or bracket where they can), a Latin word with its trailing spaces, or spaces.
const TOKEN = new RegExp(
  `[${OPENING}]*[${IDEOGRAPH}]+[${CLOSING}]*|[${OPENING}${CLOSING}]+|[^\\s${IDEOGRAPH}${OPENING}${CLOSING}]+\\s*|\\s+`,
  'gu',
);

/** Breaks a token wider than a line into pieces that fit; a closing mark never starts a piece. */
function splitLongToken(token: string, maxWidth: number, fontSize: number, bold: boolean) {
  const pieces: string[] = [];
  let piece = '';
  for (const char of token) {
    if (piece && estimateTextWidth(piece + char, fontSize, bold) > maxWidth) {
      // A closing mark takes the character before it along to the next line.
      const chars = Array.from(piece);
      const carried = CLOSING.includes(char) && chars.length > 1 ? (chars.pop() ?? '') : '';
      pieces.push(chars.join(''));
      piece = carried;
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps a text into lines that fit a width: Latin text between words, Chinese between characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    const candidate = line + token;
    if (estimateTextWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    const pieces = splitLongToken(token.trimStart(), maxWidth, fontSize, bold);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
