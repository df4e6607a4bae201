import type { CompareCsvLabels } from '@/export/csv/compare-csv';
import { downloadFile } from '@/export/download';
import { contractFileName } from '@/export/export-file-name';
import type { Translate } from '@/i18n/translate';
import type { MatrixDifference } from '@/model/compare-matrices';
import type { ContractMeta } from '@/model/workspace';
import type { ExportReady } from '@/ui/use-export-action';
import type { CompareSide } from './compare-sides';
import { describeCompareRow, describeWithParty } from './describe-changes';

/** The CSV's words in the user's language, with the parties of each side. */
function compareCsvLabelsFrom(
  a: CompareSide,
  b: CompareSide,
  t: Translate,
  c: Translate<'compare'>,
): CompareCsvLabels {
  return {
    sides: { a: a.label, b: b.label },
    row: (row) => describeCompareRow(row, t, c),
    role: (role) => t(`role.${role}`),
    change: (presence) => c(`compare.change.${presence}`),
    assignments: (list, side) =>
      list.length === 0
        ? c('compare.none')
        : list.map((x) => describeWithParty(x, (side === 'a' ? a : b).parties, t)).join('; '),
  };
}

/** The differences as CSV, named like the other exports with "comparison" as its kind, ready to save. */
export async function prepareCompareCsv(
  differences: readonly MatrixDifference[],
  sides: { readonly a: CompareSide; readonly b: CompareSide },
  contract: ContractMeta,
  t: Translate,
  c: Translate<'compare'>,
): Promise<ExportReady> {
  const [{ exportCompareCsv }, { CSV_MIME_TYPE }] = await Promise.all([
    import('@/export/csv/compare-csv'),
    import('@/export/csv/write-csv'),
  ]);
  const labels = { comparison: c('compare.fileKind') };
  const name = contractFileName(contract, 'comparison', 'csv', labels, new Date());
  const text = exportCompareCsv(differences, compareCsvLabelsFrom(sides.a, sides.b, t, c));
  return { save: () => void downloadFile(name, text, CSV_MIME_TYPE) };
}
