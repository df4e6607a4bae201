import { useT } from '@/i18n/i18n-provider';
import { RACI_LETTERS } from '@/model/departments';
import { RACI_MARK } from '@/model/raci-marks';

/** What R, A, C and I mean, how Accountable differs from the matrix's Owner, and that the check is derived. */
export function RaciLegend() {
  const d = useT('departments');
  return (
    <section className="panel raci-legend" aria-labelledby="raci-legend-heading">
      <h3 id="raci-legend-heading">{d('departments.legendHeading')}</h3>
      <dl>
        {RACI_LETTERS.map((letter) => (
          <div key={letter} className="raci-legend-item">
            <dt>
              <span className="raci-legend-mark">{RACI_MARK[letter]}</span>
              {d(`departments.letter.${letter}`)}
            </dt>
            <dd>{d(`departments.meaning.${letter}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{d('departments.ownerNote')}</p>
      <p className="field-hint">{d('departments.derivedNote')}</p>
    </section>
  );
}
