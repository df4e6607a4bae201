import type { Matrix } from '@/model/assignment';
import type { Engagement, Workspace } from '@/model/workspace';
import { PrintDeviations } from './print-deviations';
import { PrintLegend } from './print-legend';
import { PrintMatrixTable } from './print-matrix-table';
import { engagementTitle } from './print-names';
import { PrintScenario } from './print-scenario';
import { usePrintT } from './use-print-t';

/** One engagement of the annex: its scenario, its matrix with the legend, and its deviations. */
export function PrintEngagement(props: {
  workspace: Workspace;
  engagement: Engagement;
  index: number;
  matrix: Matrix;
}) {
  const p = usePrintT();
  const { workspace, engagement, index, matrix } = props;
  const title = engagementTitle(engagement, index, p);
  const id = `print-engagement-${index + 1}`;
  return (
    <section className="print-section print-engagement" aria-labelledby={id}>
      <div className="print-keep">
        <h2 id={id}>{title}</h2>
        <h3>{p('print.engagement.scenario')}</h3>
        <PrintScenario workspace={workspace} engagement={engagement} />
      </div>
      {/* A matrix that fits on a page stays whole, with its heading and legend. */}
      <div className="print-keep">
        <h3>{p('print.matrix.heading')}</h3>
        <PrintMatrixTable
          workspace={workspace}
          engagement={engagement}
          matrix={matrix}
          title={title}
        />
        <PrintLegend full={index === 0} />
      </div>
      <h3>{p('print.deviations.heading')}</h3>
      <PrintDeviations engagement={engagement} matrix={matrix} title={title} />
    </section>
  );
}
