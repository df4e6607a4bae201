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

const words = new Intl.Segmenter('zh', { granularity: 'word' });

interface Draft {
  text: string;
  keep: boolean;
  count: number;
  closed: boolean;
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
 * size budget. Latin text, digits and spaces are left for pdfmake to break.
 */
export function chunkForLayout(text: string): LayoutChunk[] {
  const drafts: Draft[] = [];
  let opening = '';
  const free = (piece: string) => {
    const last = drafts.at(-1);
    if (last && !last.keep) last.text += piece;
    else drafts.push({ text: piece, keep: false, count: 0, closed: false });
  };
  for (const { segment } of words.segment(text)) {
    if (IDEOGRAPHS.test(segment)) {
      for (const part of splitLong(segment)) {
        const size = Array.from(part).length;
        const last = drafts.at(-1);
        if (!opening && last?.keep && !last.closed && last.count + size <= MAX_CHUNK) {
          last.text += part;
          last.count += size;
        } else {
          drafts.push({ text: opening + part, keep: true, count: size, closed: false });
        }
        opening = '';
      }
      continue;
    }
    if (opening) free(opening);
    opening = '';
    const last = drafts.at(-1);
    if (CLOSING.test(segment) && last?.keep) {
      last.text += segment;
      last.closed = true;
    } else if (OPENING.test(segment)) {
      opening = segment;
    } else {
      free(segment);
    }
  }
  if (opening) free(opening);
  return drafts.map(({ text: piece, keep }) => ({ text: piece, keep }));
}
