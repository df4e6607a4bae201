import type { ContractMeta } from '@/model/workspace';
import { fitUtf8, sanitiseFileNamePart, utf8ByteLength } from './file-name-part';

/**
 * What a downloaded file holds: the matrix (CSV), the whole workspace (JSON), the contract annex
 * (PDF), one party's duty list (CSV or PDF), the workbook (XLSX), the OSCAL system security plan
 * and catalogue (JSON), the departments' RACI (CSV), the information-sharing plan (CSV), a
 * comparison (CSV), a backup of workspaces (JSON) or an agreement proposal (JSON).
 */
export type ExportFileKind =
  | 'matrix'
  | 'workspace'
  | 'annex'
  | 'partyDuties'
  | 'workbook'
  | 'oscalSsp'
  | 'oscalCatalog'
  | 'raci'
  | 'informationPlan'
  | 'comparison'
  | 'backup'
  | 'proposal';

/**
 * The words for kinds of file in the user's language, e.g. `云安全责任矩阵` or `responsibility-matrix`;
 * a caller gives those it makes, and a kind without a word is named `export`.
 */
export type FileNameLabels = Readonly<Partial<Record<ExportFileKind, string>>>;

/** What a file name is built from: the contract's title and version, a date, the kind and the extension. */
export interface ExportFileNameParts {
  readonly kind: ExportFileKind;
  readonly title: string;
  readonly version: string;
  /** The contract's date, or today's date when the contract has none (YYYY-MM-DD). */
  readonly date: string;
  /** Without the dot, e.g. `csv`. */
  readonly extension: string;
  /** A short identifier that ends the name, e.g. a fingerprint's start; no `v` is added. */
  readonly tag?: string;
}

// Most file systems allow 255 bytes; some room is left for the " (1)" a browser adds to a repeat.
const MAX_NAME_BYTES = 200;
const MAX_VERSION_BYTES = 40;
const MAX_KIND_BYTES = 60;
const MAX_DATE_BYTES = 20;
const MAX_TAG_BYTES = 40;
const FALLBACK_KIND = 'export';
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

function versionPart(version: string): string {
  const part = fitUtf8(sanitiseFileNamePart(version), MAX_VERSION_BYTES);
  // "1.2" reads as a version only with its v; "v1.2" or "第二版" are left as they are.
  return /^\d/.test(part) ? `v${part}` : part;
}

/**
 * Builds the name of a downloaded file from what it holds, e.g. `云安全责任矩阵_银行核心系统_v1.2_2026-11-28.csv`
 * or `responsibility-matrix_Bank-core_v1.2_2026-11-28.csv`: parts joined by `_`, each stripped of
 * characters Windows or macOS refuse, spaces as `-`, empty parts left out (an empty title too), the
 * title shortened so the name stays within 200 UTF-8 bytes.
 */
export function buildExportFileName(parts: ExportFileNameParts, labels: FileNameLabels): string {
  const extension = sanitiseFileNamePart(parts.extension).replace(/[^A-Za-z0-9]/g, '');
  const suffix = extension === '' ? '' : `.${extension}`;
  const kind =
    fitUtf8(sanitiseFileNamePart(labels[parts.kind] ?? ''), MAX_KIND_BYTES) || FALLBACK_KIND;
  const date = fitUtf8(sanitiseFileNamePart(parts.date), MAX_DATE_BYTES);
  const tag = fitUtf8(sanitiseFileNamePart(parts.tag ?? ''), MAX_TAG_BYTES);
  const rest = [versionPart(parts.version), date, tag].filter(Boolean);
  const fixed = [kind, ...rest].join('_');
  const room = MAX_NAME_BYTES - utf8ByteLength(fixed) - utf8ByteLength(suffix) - 1;
  // Cutting may leave a dash or dot at the title's end, so it is cleaned once more.
  const title = sanitiseFileNamePart(fitUtf8(sanitiseFileNamePart(parts.title), Math.max(0, room)));
  const base = [kind, title, ...rest].filter(Boolean).join('_');
  return `${RESERVED.test(base) ? `${base}_` : base}${suffix}`;
}

/** The date a file is named with: the contract's, or today's (YYYY-MM-DD) when it has none. */
export function fileNameDate(contractDate: string, today: Date): string {
  return contractDate || today.toISOString().slice(0, 10);
}

/**
 * Names a file made from a contract's workspace: its title, version and date (today's when it has
 * none), e.g. `responsibility-matrix_Bank-core_v1.2_2026-11-28.csv`. Every export of a workspace
 * names its file here, so all of them read alike.
 */
export function contractFileName(
  contract: Pick<ContractMeta, 'title' | 'version' | 'date'>,
  kind: ExportFileKind,
  extension: string,
  labels: FileNameLabels,
  today: Date,
): string {
  const { title, version, date } = contract;
  return buildExportFileName(
    { kind, title, version, date: fileNameDate(date, today), extension },
    labels,
  );
}
