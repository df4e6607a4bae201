// The contract annex as data: every output (PDF, print view) renders this one model and decides
// nothing about its content (architecture.md, "One document, many renderers").

/** The languages the annex is written in. */
export type AnnexLanguage = 'zh-CN' | 'en';

/** What a tinted cell means: it has an owner, or its row needs attention (a failed RACI check). */
export type AnnexTint = 'owner' | 'attention';

/** One table cell: its text (lines split by `\n`), smaller lines under it, and a meaning of its tint. */
export interface AnnexCell {
  readonly text: string;
  readonly hints?: readonly string[];
  readonly tint?: AnnexTint;
}

/** Which table of the annex a table is, so each renderer can size its columns. */
export type AnnexTableKind =
  | 'parties'
  | 'matrix'
  | 'deviations'
  | 'raci'
  | 'plan'
  | 'joint'
  | 'agreementSignatures';

/** A table with one header row; `rowHeaders` when the first cell of each row names it. */
export interface AnnexTable {
  readonly kind: 'table';
  readonly table: AnnexTableKind;
  readonly header: readonly AnnexCell[];
  readonly rows: readonly (readonly AnnexCell[])[];
  readonly rowHeaders: boolean;
  /** Rows are short enough that none should break across pages. */
  readonly rowsWhole?: boolean;
}

/** An item of a list, with an optional second line in small print (where a finding applies). */
export interface AnnexListItem {
  readonly text: string;
  readonly detail?: string;
}

/** Who signs, with the two lines to fill in already worded. */
export interface AnnexSignatory {
  readonly name: string;
  readonly roles: string;
  readonly signatureLine: string;
  readonly dateLine: string;
}

/** A piece of the annex. `group` keeps its blocks on one page when `keep` is set. */
export type AnnexBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly tone: 'body' | 'note' | 'alert'; readonly text: string }
  /** Lines of small print read as one block: the legend under the first matrix. */
  | { readonly kind: 'lines'; readonly lines: readonly string[] }
  | {
      readonly kind: 'list';
      /** `body` in running text, `compact` in slightly smaller print, `note` as a note. */
      readonly tone: 'body' | 'compact' | 'note';
      readonly items: readonly AnnexListItem[];
    }
  | {
      readonly kind: 'fields';
      /** `grid`: a ruled table of label and value; `plain`: labels in small print, no rules. */
      readonly look: 'grid' | 'plain';
      readonly rows: readonly (readonly [string, string])[];
    }
  | AnnexTable
  | { readonly kind: 'signatures'; readonly signatories: readonly AnnexSignatory[] }
  | { readonly kind: 'group'; readonly keep: boolean; readonly blocks: readonly AnnexBlock[] };

/** The sections of the annex, in order; an engagement's id is `engagement-<number>`. */
export interface AnnexSection {
  readonly id: string;
  readonly blocks: readonly AnnexBlock[];
}

/** The whole annex in one language, with everything a renderer prints already in words. */
export interface AnnexDocument {
  readonly language: AnnexLanguage;
  /** The contract's title, or the annex's name when the contract has none. */
  readonly title: string;
  /** The annex's name under a contract title; null when it is the title. */
  readonly subtitle: string | null;
  /** The annex's name, as the document's subject. */
  readonly subject: string;
  /** The line at the top of every page after the first: title and version. */
  readonly runningHeader: string;
  /** The page number line at the foot of every page. */
  readonly pageOf: (page: number, pageCount: number) => string;
  readonly sections: readonly AnnexSection[];
}
