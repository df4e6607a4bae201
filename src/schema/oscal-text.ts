// OSCAL strings may not be empty, start or end with white space, or (in a prop or title) break a
// line. Our texts may be all of that, so props carry them encoded and titles carry a readable line.

const PLAIN = /^\S(.*\S)?$/u;

/**
 * A text as a prop value that gives back exactly the same text: as it is when OSCAL allows it,
 * else as a JSON string literal (with the line separators JSON leaves raw escaped too).
 */
export function encodePropText(text: string): string {
  if (PLAIN.test(text) && !text.startsWith('"')) return text;
  return JSON.stringify(text).replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}

/** The text a prop value carries: a JSON string literal decoded, anything else as it is. */
export function decodePropText(value: string): string | undefined {
  if (!value.startsWith('"')) return value;
  try {
    const decoded: unknown = JSON.parse(value);
    return typeof decoded === 'string' ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** A text on one line for a title or a name: white space runs as one space, or the fallback. */
export function oneLine(text: string, fallback: string): string {
  const line = text.replace(/[\s\u2028\u2029]+/gu, ' ').trim();
  return line === '' ? fallback : line;
}
