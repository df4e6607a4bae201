import { useMemo, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { compareMatrices } from '@/model/compare-matrices';
import { summariseRowChanges } from '@/model/compare-matrices-moves';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { type CompareChoice, defaultChoice } from './compare-choice';
import { CompareCsvButton } from './compare-csv-button';
import { CompareDifferenceList } from './compare-difference-list';
import { CompareMatrixTable } from './compare-matrix-table';
import { CompareSourceFields } from './compare-source-fields';
import { prepareCompareCsv } from './download-compare-csv';
import { useCompareSides } from './use-compare-sides';
import './compare.css';

/**
 * Compares two matrices side by side: two scenarios of the current engagement, two engagements, or
 * an engagement here and one in another saved workspace. Cells whose duties differ are marked, the
 * differences are listed in words, and can be downloaded as CSV.
 */
export function CompareView() {
  const t = useT();
  const c = useT('compare');
  const workspace = useWorkspaceStore((s) => s.workspace);
  const current = useWorkspaceStore(selectCurrentEngagement);
  const [choice, setChoice] = useState<CompareChoice>(() =>
    defaultChoice(workspace.engagements, current),
  );
  const sides = useCompareSides(workspace, current, choice, c);
  const { a, b } = sides;
  const options = useMemo(
    () => ({ compareParties: choice.compareParties }),
    [choice.compareParties],
  );
  const differences = useMemo(
    () => (a && b ? compareMatrices(a.matrix, b.matrix, options) : []),
    [a, b, options],
  );
  const changes = useMemo(() => summariseRowChanges(differences, options), [differences, options]);
  const shown: CompareChoice = {
    ...choice,
    engagementA: a?.engagement.id ?? choice.engagementA,
    engagementB: choice.source === 'engagements' ? (b?.engagement.id ?? '') : choice.engagementB,
    otherWorkspaceId: sides.chosenWorkspaceId,
    otherEngagementId: choice.source === 'workspaces' ? (b?.engagement.id ?? '') : '',
  };
  return (
    <section className="compare-view" aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.compare')}</h2>
      <p className="field-hint">{c('compare.intro')}</p>
      <div className="panel">
        <CompareSourceFields
          choice={shown}
          onChange={(patch) => setChoice((was) => ({ ...was, ...patch }))}
          engagements={workspace.engagements}
          workspaces={sides.workspaces}
          otherEngagements={sides.otherEngagements}
        />
      </div>
      {sides.problem ? (
        <p role="status" className="compare-problem">
          {c(sides.problem)}
        </p>
      ) : null}
      {a && b ? (
        <>
          <section className="panel" aria-labelledby="compare-matrices-heading">
            <h3 id="compare-matrices-heading">{c('compare.matrices')}</h3>
            <div className="compare-tables">
              <CompareMatrixTable letter="A" side={a} differences={differences} />
              <CompareMatrixTable letter="B" side={b} differences={differences} />
            </div>
          </section>
          <section className="panel" aria-labelledby="compare-differences-heading">
            <h3 id="compare-differences-heading">{c('compare.differences')}</h3>
            <CompareDifferenceList
              changes={changes}
              cellCount={differences.length}
              parties={{ a: a.parties, b: b.parties }}
            />
            <CompareCsvButton
              prepare={() => prepareCompareCsv(differences, { a, b }, workspace.contract, t, c)}
              c={c}
            />
          </section>
        </>
      ) : null}
    </section>
  );
}
