/** A piece of text for pdfmake: `keep` pieces never break inside, the others break where pdfmake likes. */
export interface LayoutChunk {
  readonly text: string;
  readonly keep: boolean;
}

/** Most hanzi in one kept chunk: lines stay nearly flush while each chunk is drawn at once. */
export const MAX_CHUNK = 4;

const IDEOGRAPHS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u3007\u30fc]+$/u;
// Full-width marks that may not start a line (kinsoku): they stay with the chunk before them.
const CLOSING = /^[\p{Pe}\p{Pf}、。，．：；！？…·・]+$/u;
// Opening brackets and quotes may not end a line: they stay with the chunk after them.
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;

/**
 * Most characters of Latin text in one kept chunk: pdfmake draws every word as a text object of its
 * own, and a 500-engagement annex in English grew past its size budget on that overhead alone.
 * Short enough to fit the narrowest table column, so lines still break between chunks.
 */
export const MAX_LATIN_CHUNK = 14;

const words = new Intl.Segmenter('zh', { granularity: 'word' });

interface Draft {
  text: string;
  keep: boolean;
  count: number;
  closed: boolean;
  latin?: boolean;
}

function splitLong(word: string): string[] {
  const characters = Array.from(word);
  const parts: string[] = [];
  for (let i = 0; i < characters.length; i += MAX_CHUNK) {
    parts.push(characters.slice(i, i + MAX_CHUNK).join(''));
  }
  return parts;
}

/**
 * Groups runs of hanzi into chunks of up to four characters at word boundaries. pdfmake draws every
 * breakable piece as a text object of its own, and Chinese can break after any hanzi, so without
 * this a page of Chinese costs one object per character and a 50-engagement annex grows past its
 * size budget. Latin words are grouped the same way, up to MAX_LATIN_CHUNK characters with the
 * spaces after them; line breaks and longer words are left for pdfmake.
 */
export function chunkForLayout(text: string): LayoutChunk[] {
  const drafts: Draft[] = [];
  let opening = '';
  const free = (piece: string, isWord: boolean) => {
    const last = drafts.at(-1);
    const size = piece.length;
    // Line breaks and over-long words stay pdfmake's to handle, in pieces of their own.
    if (piece.includes('\n') || size > MAX_LATIN_CHUNK) {
      drafts.push({ text: piece, keep: false, count: 0, closed: true });
    } else if (last?.latin && (!isWord || last.count + size <= MAX_LATIN_CHUNK)) {
      // Spaces and marks stay with the words before them; a word starts a new chunk when full.
      last.text += piece;
      last.count += size;
    } else if (!isWord && last && !last.keep) {
      last.text += piece;
    } else {
      drafts.push({ text: piece, keep: true, count: size, closed: false, latin: true });
    }
  };
  for (const { segment, isWordLike } of words.segment(text)) {
    if (IDEOGRAPHS.test(segment)) {
      for (const part of splitLong(segment)) {
        const size = Array.from(part).length;
        const last = drafts.at(-1);
        if (
          !opening &&
          last?.keep &&
          !last.latin &&
          !last.closed &&
          last.count + size <= MAX_CHUNK
        ) {
          last.text += part;
          last.count += size;
        } else {
          drafts.push({ text: opening + part, keep: true, count: size, closed: false });
        }
        opening = '';
      }
      continue;
    }
    if (opening) free(opening, true);
    opening = '';
    const last = drafts.at(-1);
    if (CLOSING.test(segment) && last?.keep && !last.latin) {
      last.text += segment;
      last.closed = true;
    } else if (OPENING.test(segment)) {
      opening = segment;
    } else {
      free(segment, isWordLike === true);
    }
  }
  if (opening) free(opening, true);
  return drafts.map(({ text: piece, keep }) => ({ text: piece, keep }));
}
