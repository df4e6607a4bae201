import { positionAt, type TextPosition } from '../text-position';
import { findJsonSyntaxError } from './find-json-syntax-error';

// V8 (Node 20, Chrome) says "… in JSON at position 12"; newer V8 adds "(line 2 column 5)";
// Firefox says "… at line 2 column 5 of the JSON data"; Safari gives no place at all.
const POSITION = /\bposition (\d+)\b/;
const LINE_COLUMN = /\bline (\d+) column (\d+)\b/;

/**
 * Where JSON.parse failed on a text: from the offset or line and column in the engine's message,
 * else from our own scan of the text. Always gives a place (the end of the text at worst).
 */
export function locateJsonError(text: string, message: string): TextPosition {
  const offset = POSITION.exec(message);
  if (offset) return positionAt(text, Number(offset[1]));
  const lineColumn = LINE_COLUMN.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), character: Number(lineColumn[2]) };
  return positionAt(text, findJsonSyntaxError(text) ?? text.length);
}
