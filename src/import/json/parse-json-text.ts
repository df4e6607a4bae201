import { failImport, type ImportResult } from '../import-issue';
import { checkTextSize, stripByteOrderMark } from '../import-limits';
import { locateJsonError } from './locate-json-error';

/** Told how far an import is, a fraction between 0 and 1 (the import worker's progress bar). */
export type ImportProgress = (fraction: number) => void;

/** The share of a JSON import done once its syntax is read; checking the content is the rest. */
export const PARSED = 0.4;

/**
 * The first steps of every JSON import (workspace file, backup, OSCAL plan): the size cap, the
 * byte-order mark away, then the JSON syntax, a syntax error located by line and character.
 */
export function parseJsonText(text: string): ImportResult<unknown> {
  const tooLarge = checkTextSize(text);
  if (tooLarge) return failImport([tooLarge]);
  const json = stripByteOrderMark(text);
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return failImport([{ code: 'json-syntax', ...locateJsonError(json, message) }]);
  }
}
