// Used when the engine's error message gives no position (Safari, some V8 messages): a small
// iterative JSON checker, so even a deeply nested hostile file cannot overflow the call stack.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

type Scan = { ok: true; end: number } | { ok: false; at: number };

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && WHITESPACE.has(text[i] as string)) i += 1;
  return i;
}

function scanString(text: string, start: number): Scan {
  for (let i = start + 1; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === '"') return { ok: true, end: i + 1 };
    if (char.charCodeAt(0) < 0x20) return { ok: false, at: i };
    if (char !== '\\') continue;
    const next = text[i + 1];
    if (next === 'u') {
      if (!HEX.test(text.slice(i + 2, i + 6))) return { ok: false, at: i + 1 };
      i += 5;
    } else if (next !== undefined && ESCAPES.has(next)) {
      i += 1;
    } else {
      return { ok: false, at: i + 1 };
    }
  }
  return { ok: false, at: text.length };
}

function scanScalar(text: string, start: number): Scan {
  const char = text[start];
  if (char === '"') return scanString(text, start);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return { ok: true, end: start + literal.length };
  }
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (match && match[0] !== '-') return { ok: true, end: start + match[0].length };
  return { ok: false, at: char === '-' ? start + 1 : start };
}

/**
 * The offset (UTF-16 code units) of the first JSON syntax error in a text, or undefined when the
 * text is valid JSON.
 */
export function findJsonSyntaxError(text: string): number | undefined {
  const open: ('{' | '[')[] = [];
  let i = skipWhitespace(text, 0);
  let expect: 'value' | 'key' = 'value';
  for (;;) {
    // Read a value (or an object key and its colon, then a value).
    if (expect === 'key') {
      if (text[i] !== '"') return i;
      const key = scanString(text, i);
      if (!key.ok) return key.at;
      i = skipWhitespace(text, key.end);
      if (text[i] !== ':') return i;
      i = skipWhitespace(text, i + 1);
    }
    const char = text[i];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i = skipWhitespace(text, i + 1);
      if (text[i] !== close) {
        open.push(char);
        expect = char === '{' ? 'key' : 'value';
        continue;
      }
      i += 1;
    } else {
      const scalar = scanScalar(text, i);
      if (!scalar.ok) return scalar.at;
      i = scalar.end;
    }
    // After a value: close what ends here, then a comma or the end of the text.
    for (;;) {
      i = skipWhitespace(text, i);
      const container = open[open.length - 1];
      if (container === undefined) return i < text.length ? i : undefined;
      if (text[i] === ',') {
        i = skipWhitespace(text, i + 1);
        expect = container === '{' ? 'key' : 'value';
        break;
      }
      if (text[i] !== (container === '{' ? '}' : ']')) return i;
      open.pop();
      i += 1;
    }
  }
}
