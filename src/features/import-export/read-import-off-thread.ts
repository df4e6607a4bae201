import { decodeImportBytes } from '@/import/decode-import-bytes';
import type { ImportProgress } from '@/import/json/parse-json-text';
import type { ImportKind, ImportOutcome, ImportTarget } from './import-protocol';

// An OSCAL document names its model as the one key of its root object.
const OSCAL_SSP = /^\s*\{\s*"system-security-plan"\s*:/;
// Reading and decoding the bytes come first; parsing and checking are the rest.
const DECODED = 0.1;

/** Tells JSON from CSV by the name, else by the first character of the text. */
export function detectImportKind(fileName: string, text: string): ImportKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

/** Tells our OSCAL plan from our JSON workspace document. */
export function refineJsonKind(kind: ImportKind, text: string): ImportKind {
  return kind === 'json' && OSCAL_SSP.test(text.replace(/^\uFEFF/, '')) ? 'oscal' : kind;
}

/**
 * Reads a workspace file (JSON or OSCAL) or a backup, in the import worker: size and encoding first,
 * then the importer of its kind, reporting how far it is. A CSV is left to the main thread.
 */
export async function readImportOffThread(
  file: File,
  target: ImportTarget,
  onProgress: ImportProgress,
): Promise<ImportOutcome> {
  const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
  onProgress(DECODED);
  const rest = (fraction: number) => onProgress(DECODED + (1 - DECODED) * fraction);
  if (target === 'backup') {
    const { importBackup } = await import('@/import/backup/import-backup');
    return { kind: 'backup', result: decoded.ok ? importBackup(decoded.value, rest) : decoded };
  }
  if (!decoded.ok) return { kind: detectImportKind(file.name, ''), result: decoded };
  const kind = refineJsonKind(detectImportKind(file.name, decoded.value), decoded.value);
  if (kind === 'csv') return { kind };
  if (kind === 'oscal') {
    const { importOscalSsp } = await import('@/import/oscal/import-oscal-ssp');
    return { kind, result: importOscalSsp(decoded.value) };
  }
  const { importWorkspaceJson } = await import('@/import/json/import-workspace-json');
  return { kind, result: importWorkspaceJson(decoded.value, rest) };
}
