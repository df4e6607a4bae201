import type { Crosswalk } from '@/model/crosswalk';
import type { AnnexLabels } from '../annex/annex-labels';
import type { CsvLabels } from '../csv/csv-labels';

/**
 * Every word of the workbook in one language. It shares the annex's words (the same contract
 * document) and the CSV's (its long table); the rest is the workbook's own.
 */
export interface WorkbookLabels {
  readonly annex: AnnexLabels;
  readonly csv: CsvLabels;
  readonly sheet: {
    readonly contract: string;
    /** The matrix sheet of an engagement, by its number from 1. */
    readonly matrix: (number: number) => string;
    readonly rows: string;
    readonly partyDuties: string;
    readonly deviations: string;
    readonly plan: string;
    readonly raci: string;
    readonly checks: string;
    readonly signOff: string;
  };
  readonly column: {
    readonly engagement: string;
    readonly party: string;
    readonly role: string;
    readonly duty: string;
    readonly changed: string;
    readonly reason: string;
    readonly severity: string;
    readonly principle: string;
    readonly finding: string;
    readonly where: string;
    readonly signerName: string;
    readonly signerTitle: string;
    readonly from: string;
    readonly department: string;
    readonly letters: string;
    readonly to: string;
  };
  readonly crosswalk: {
    readonly heading: string;
    readonly ccm: string;
    readonly fedramp: string;
    readonly shared: string;
    readonly none: string;
    /** The three values of a row in the user's words, with the third-party note where it applies. */
    readonly values: (crosswalk: Crosswalk) => readonly [string, string, string];
    readonly derivedNote: string;
    readonly ccmNote: string;
  };
  readonly legend: {
    readonly owner: string;
    readonly supporter: string;
  };
  /** Shown on a sheet with nothing to list. */
  readonly nothing: string;
  readonly yes: string;
  readonly no: string;
  /** Under the sign-off table: the signatures void on any later change. */
  readonly signOffNote: string;
}
