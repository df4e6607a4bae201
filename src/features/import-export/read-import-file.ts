import { decodeImportBytes } from '@/import/decode-import-bytes';
import type { ImportResult } from '@/import/import-issue';
import type { Workspace } from '@/model/workspace';

/** What an imported file is: our JSON workspace document, our OSCAL SSP, or our CSV matrix. */
export type ImportKind = 'json' | 'oscal' | 'csv';

// An OSCAL document names its model as the one key of its root object.
const OSCAL_SSP = /^\s*\{\s*"system-security-plan"\s*:/;

/** Tells JSON from CSV by the name, else by the first character of the text. */
export function detectImportKind(fileName: string, text: string): ImportKind {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return text.trimStart().startsWith('{') ? 'json' : 'csv';
}

/**
 * Reads a chosen file into a workspace: size and encoding first, then the importer of its kind. A CSV
 * carries the matrix only, so it is applied to the open workspace (`frame`). Nothing changes here.
 */
export async function readImportFile(
  file: File,
  frame: Workspace,
): Promise<{ kind: ImportKind; result: ImportResult<Workspace> }> {
  const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { kind: detectImportKind(file.name, ''), result: decoded };
  const detected = detectImportKind(file.name, decoded.value);
  const kind =
    detected === 'json' && OSCAL_SSP.test(decoded.value.replace(/^\uFEFF/, ''))
      ? 'oscal'
      : detected;
  if (kind === 'oscal') {
    const { importOscalSsp } = await import('@/import/oscal/import-oscal-ssp');
    return { kind, result: importOscalSsp(decoded.value) };
  }
  if (kind === 'json') {
    const { importWorkspaceJson } = await import('@/import/json/import-workspace-json');
    return { kind, result: importWorkspaceJson(decoded.value) };
  }
  const { importWorkspaceCsv } = await import('@/import/csv/import-workspace-csv');
  return { kind, result: importWorkspaceCsv(decoded.value, frame) };
}
