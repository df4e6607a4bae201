import type { MatrixRow } from '@/model/assignment';
import type { Translate } from './translate';

/** The name of a matrix row and a hint under it: a layer and its position, or an assurance service's own row. */
export function describeRow(row: MatrixRow, t: Translate): { name: string; hint: string } {
  if (row.layer) {
    return {
      name: t(`layer.${row.layer}`),
      hint: row.position ? t(`position.${row.position}`) : '',
    };
  }
  const service = row.serviceType ? t(`serviceType.${row.serviceType}`) : row.id;
  return { name: t('matrix.serviceItself', { service }), hint: t('matrix.serviceItselfHint') };
}
