import { useT } from '@/i18n/i18n-provider';
import type { RowChanges } from '@/model/compare-matrices-moves';
import type { Party } from '@/model/workspace';
import { describeCompareRow, describeRowChanges } from './describe-changes';

interface CompareDifferenceListProps {
  readonly changes: readonly RowChanges[];
  readonly cellCount: number;
  readonly parties: { readonly a: readonly Party[]; readonly b: readonly Party[] };
}

/** The differences in words, row by row: which duties move, pass to another party, appear or go. */
export function CompareDifferenceList({ changes, cellCount, parties }: CompareDifferenceListProps) {
  const t = useT();
  const c = useT('compare');
  if (changes.length === 0) return <p>{c('compare.noDifferences')}</p>;
  return (
    <>
      <p>{c('compare.count', { count: cellCount, rows: changes.length })}</p>
      <ul className="compare-differences">
        {changes.map((row) => (
          <li key={row.row.key}>
            <span className="compare-difference-row">{describeCompareRow(row.row, t, c)}</span>
            <ul>
              {describeRowChanges(row, parties, t, c).map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
