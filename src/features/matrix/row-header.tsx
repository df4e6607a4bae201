import { describeRow } from '@/i18n/describe-row';
import { useT } from '@/i18n/i18n-provider';
import type { MatrixRow } from '@/model/assignment';

/** The row header of a matrix row. */
export function RowHeader({ row }: { row: MatrixRow }) {
  const { name, hint } = describeRow(row, useT());
  return (
    <span className="row-header">
      <span className="row-header-name">{name}</span>
      {hint ? <span className="row-header-hint">{hint}</span> : null}
    </span>
  );
}
