import { useT } from '@/i18n/i18n-provider';
import { DUTIES, SCOPES } from '@/model/assignment';
import { DERIVED_MARK, OVERRIDE_MARK } from './print-names';
import { usePrintT } from './use-print-t';

/**
 * The key to a matrix: in full under the first matrix (duties, scopes, marks), as one line under the
 * others, so a long annex does not repeat a paragraph per engagement.
 */
export function PrintLegend({ full }: { full: boolean }) {
  const t = useT();
  const p = usePrintT();
  const duties = DUTIES.map((duty) => ({
    key: `[${t(`dutyLetter.${duty}`)}] ${t(`duty.${duty}`)}`,
    meaning: t(duty === 'owner' ? 'matrix.legendOwner' : 'matrix.legendSupporter'),
  }));
  const scopes = SCOPES.map((scope) => ({
    key: t(`scope.${scope}`),
    meaning: p(`print.legend.${scope}`),
  }));
  const marks = [
    { key: p('print.matrix.empty'), meaning: p('print.legend.empty') },
    { key: OVERRIDE_MARK, meaning: p('print.legend.overridden') },
    { key: DERIVED_MARK, meaning: p('print.legend.derived') },
  ];
  if (!full) {
    return (
      <p className="print-legend print-legend-short">
        {p('print.field', {
          label: p('print.legend.heading'),
          value: [
            ...duties.map((d) => d.key),
            `${OVERRIDE_MARK} ${p('print.legend.overriddenShort')}`,
            `${DERIVED_MARK} ${p('print.legend.derivedShort')}`,
          ].join('   '),
        })}
      </p>
    );
  }
  return (
    <div className="print-legend">
      <p className="print-legend-heading">{p('print.legend.heading')}</p>
      <dl className="print-fields">
        {[...duties, ...scopes, ...marks].map((item) => (
          <div key={item.key} className="print-field">
            <dt>{item.key}</dt>
            <dd>{item.meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
