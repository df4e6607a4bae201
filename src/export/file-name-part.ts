// Characters Windows refuses in file names, plus the path separators of every system.
const ILLEGAL = /[<>:"/\\|?*]/g;
// Controls and invisible format characters, which can make a name read differently from what it
// is (a right-to-left override shows "fdp.exe" as "exe.pdf"); the zero-width joiner of emoji stays.
const INVISIBLE = /(?!\u200d)[\p{Cc}\p{Cf}]/gu;
// Tabs and line breaks separate words like spaces do, before the other controls are dropped.
const LINE_SPACE = /[\t\n\v\f\r]/g;
const WHITESPACE = /\s+/g;
const DASHES = /-{2,}/g;
// Windows strips trailing dots and spaces; a leading dot hides the file on macOS and Linux.
const EDGES = /^[-.\s_]+|[-.\s_]+$/g;

/** One part of a file name: illegal and invisible characters replaced, spaces as `-`, no dots at the ends. */
export function sanitiseFileNamePart(text: string): string {
  return text
    .replace(LINE_SPACE, ' ')
    .replace(INVISIBLE, '')
    .replace(ILLEGAL, '-')
    .replace(WHITESPACE, '-')
    .replace(DASHES, '-')
    .replace(EDGES, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** The longest start of a text that fits in `maxBytes` of UTF-8, never cutting a character in two. */
export function fitUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += utf8Length(char.codePointAt(0) ?? 0);
    if (bytes > maxBytes) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/** The size of a text in UTF-8 bytes, as file systems count a name. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += utf8Length(char.codePointAt(0) ?? 0);
  return bytes;
}
