import { useT } from '@/i18n/i18n-provider';
import type { MatrixRow } from '@/model/assignment';

/** The name of a matrix row: an asset layer with its position, or an assurance service's own row. */
export function RowHeader({ row }: { row: MatrixRow }) {
  const t = useT();
  if (row.layer) {
    return (
      <span className="row-header">
        <span className="row-header-name">{t(`layer.${row.layer}`)}</span>
        {row.position ? (
          <span className="row-header-hint">{t(`position.${row.position}`)}</span>
        ) : null}
      </span>
    );
  }
  return (
    <span className="row-header">
      <span className="row-header-name">
        {row.serviceType ? t(`serviceType.${row.serviceType}`) : row.id}
      </span>
      <span className="row-header-hint">{t('scope.service')}</span>
    </span>
  );
}
