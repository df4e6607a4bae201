import { useT } from '@/i18n/i18n-provider';
import { DUTIES } from '@/model/assignment';
import { DutyBadge } from '@/ui/duty-badge';

/** Explains the duty marks used in the matrix. */
export function MatrixLegend() {
  const t = useT();
  const meaning = { owner: t('matrix.legendOwner'), supporter: t('matrix.legendSupporter') };
  return (
    <section className="matrix-legend" aria-labelledby="matrix-legend-heading">
      <h3 id="matrix-legend-heading">{t('matrix.legend')}</h3>
      <dl>
        {DUTIES.map((duty) => (
          <div key={duty} className={`legend-item assignment-${duty}`}>
            <dt>
              <DutyBadge duty={duty} letter={t(`dutyLetter.${duty}`)} /> {t(`duty.${duty}`)}
            </dt>
            <dd>{meaning[duty]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
