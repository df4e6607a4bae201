/** A place in a text as editors show it: 1-based line and 1-based character on that line. */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

/**
 * The line and character of an offset (in UTF-16 code units, as editors and JavaScript count).
 * CRLF, LF and a lone CR each end a line, as the CSV reader counts them.
 */
export function positionAt(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, character: end - lineStart + 1 };
}
