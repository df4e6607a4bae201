import { describeBasis } from '@/export/basis-words';
import { basisWordsFrom } from '@/i18n/basis-words-from';
import { CITED_REFERENCE_TEXTS } from '@/i18n/cited-references';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import type { Basis, Matrix } from '@/model/assignment';
import { CITED_REFERENCES } from '@/model/cited-references';
import type { Workspace } from '@/model/workspace';
import { type DerivedRule, findDerivedRules, groupBases } from './basis-groups';
import { DERIVED_MARK, engagementTitle, joinList, OVERRIDE_MARK } from './print-names';
import { usePrintT } from './use-print-t';

/** The report section (or our reading of it) that each derived rule rests on. */
const DERIVED_FROM: Readonly<Record<DerivedRule, string>> = {
  assuranceRows: '§2.4',
  supporterScope: '§2.3.1',
  opsSupportCloud: '§2.3.1',
  securityCoverage: '§2.3.1',
  opsCoverage: '§2.3.1',
  cellContext: '§2.2, §2.4',
};

/**
 * The basis notes: which rules are the report's §2.3.2 and which are our derived readings, then per
 * engagement what each row rests on, so a reader never takes our reading for the report's; last the
 * laws and standards the report cites (§1.1).
 */
export function PrintBasisNotes(props: {
  workspace: Workspace;
  matrices: ReadonlyMap<string, Matrix>;
}) {
  const t = useT();
  const p = usePrintT();
  const { language } = useLanguage();
  const { workspace, matrices } = props;
  const basisTitle = (basis: Basis) =>
    basis.source === 'override'
      ? `${p('print.basis.override')} ${OVERRIDE_MARK}`
      : describeBasis(basis, basisWordsFrom(t));
  const rules = findDerivedRules(workspace, [...matrices.values()]);
  return (
    <section className="print-section" aria-labelledby="print-basis-heading">
      <div className="print-keep">
        <h2 id="print-basis-heading">{p('print.basis.heading')}</h2>
        <p>{p('print.basis.intro')}</p>
        <h3>{p('print.basis.rulesHeading')}</h3>
        <table className="print-table print-basis-rules">
          <thead>
            <tr>
              <th scope="col">{p('print.basis.basisColumn')}</th>
              <th scope="col">{p('print.basis.ruleColumn')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('matrix.basisReport', { section: '§2.3.2' })}</th>
              <td>{p('print.basis.rule.layerRows')}</td>
            </tr>
            {rules.map((rule) => (
              <tr key={rule}>
                <th scope="row">
                  {`${t('matrix.basisDerived', { section: DERIVED_FROM[rule] })} ${DERIVED_MARK}`}
                </th>
                <td>{p(`print.basis.rule.${rule}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{p('print.basis.placesHeading')}</h3>
      {workspace.engagements.map((engagement, index) => {
        const matrix = matrices.get(engagement.id);
        const groups = matrix ? groupBases(engagement, matrix, t, p) : [];
        return (
          <div key={engagement.id} className="print-keep">
            <h4>{engagementTitle(engagement, index, p)}</h4>
            <ul className="print-rules">
              {groups.map((group) => (
                <li key={basisTitle(group.basis)}>
                  {p('print.field', {
                    label: basisTitle(group.basis),
                    value: joinList(group.places, p),
                  })}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <div className="print-keep">
        <h3>{p('print.basis.referencesHeading')}</h3>
        <ul className="print-rules">
          {CITED_REFERENCES.map((reference) => {
            const { name, reason } = CITED_REFERENCE_TEXTS[language][reference];
            return <li key={reference}>{p('print.field', { label: name, value: reason })}</li>;
          })}
        </ul>
      </div>
    </section>
  );
}
