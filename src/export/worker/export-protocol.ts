import type { AnnexLanguage } from '@/export/annex/annex-model';
import type { BackupItem } from '@/export/backup/export-backup';
import type { PartyDutyGroup } from '@/model/party-duties';
import type { Workspace } from '@/model/workspace';

/**
 * What each export kind of the export worker takes. A new format (a workbook, OSCAL) plugs in with
 * one entry here and one job in the worker's registry (src/app/export-worker/export-jobs.ts).
 * Inputs are plain data, since they cross to the worker by structured clone: the worker builds the
 * words of the document itself from the language.
 */
export interface ExportInputs {
  readonly 'annex-pdf': { readonly workspace: Workspace; readonly language: AnnexLanguage };
  readonly 'party-pdf': {
    readonly workspace: Workspace;
    readonly party: string;
    readonly groups: readonly PartyDutyGroup[];
    readonly summary: string;
    readonly language: AnnexLanguage;
  };
  readonly backup: { readonly items: readonly BackupItem[]; readonly now: string };
  readonly xlsx: { readonly workspace: Workspace; readonly language: AnnexLanguage };
  readonly oscal: {
    readonly workspace: Workspace;
    readonly language: AnnexLanguage;
    /** Stable UUIDs of a workspace come from its key in this browser's library. */
    readonly workspaceKey: string;
    readonly lastModified: string;
    /** The catalogue's file name as the plan links to it (the main thread names the files). */
    readonly catalogHref: string;
  };
}

/** An export kind the worker knows. */
export type ExportKind = keyof ExportInputs;

/** A finished export: the file, and what the user must be told before saving it. */
export interface ExportOutput {
  readonly blob: Blob;
  /** Characters no embedded font can draw (PDF); empty for other formats. */
  readonly missingCharacters: readonly string[];
  /** Pages of a PDF; absent for other formats. */
  readonly pageCount?: number;
  /** Sheets of a workbook; absent for other formats. */
  readonly sheetCount?: number;
  /** A second file made with the first (OSCAL's catalogue beside its plan). */
  readonly companion?: Blob;
}

/** Main thread -> worker: start an export, or stop one. */
export type ExportCommand =
  | {
      readonly type: 'request';
      readonly id: number;
      readonly kind: ExportKind;
      readonly input: ExportInputs[ExportKind];
      /** The app's base address, where the worker fetches fonts from. */
      readonly baseUri: string;
    }
  | { readonly type: 'cancel'; readonly id: number }
  /** The user is about to export (pointer on the button): load the library and base font now. */
  | { readonly type: 'warm'; readonly baseUri: string };

/** Worker -> main thread: how far an export is, its file, or why it failed. */
export type ExportEvent =
  | { readonly type: 'progress'; readonly id: number; readonly fraction: number }
  | { readonly type: 'result'; readonly id: number; readonly output: ExportOutput }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** What a job gets besides its input: where the app lives, a progress reporter, a stop signal. */
export interface ExportJobContext {
  readonly baseUri: string;
  /** Reports a fraction between 0 and 1; the host sends it on at a calm rate. */
  progress(fraction: number): void;
  readonly signal: AbortSignal;
}

/** One export in the worker: input in, file out. */
export type ExportJob<K extends ExportKind> = (
  input: ExportInputs[K],
  context: ExportJobContext,
) => Promise<ExportOutput>;

/** Every export kind with its job: the worker's registry, and what to load ahead of the first one. */
export type ExportJobs = { readonly [K in ExportKind]: ExportJob<K> } & {
  readonly warm?: (baseUri: string) => Promise<void>;
};
