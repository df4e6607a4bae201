import type { Matrix } from '@/model/assignment';
import type { Engagement, Workspace } from '@/model/workspace';
import { buildDeviations } from './annex-deviations';
import type { AnnexLabels } from './annex-labels';
import { buildLegend } from './annex-legend';
import { buildMatrixTable } from './annex-matrix-table';
import type { AnnexBlock } from './annex-model';
import { engagementTitle } from './annex-names';
import { buildScenario } from './annex-scenario';
import { heading, keepTogether } from './annex-size';

/** One engagement of the annex: its scenario, its matrix with the legend, and its deviations. */
export function buildEngagementSection(
  workspace: Workspace,
  engagement: Engagement,
  index: number,
  matrix: Matrix,
  labels: AnnexLabels,
): AnnexBlock[] {
  const scenario = buildScenario(workspace, engagement, labels);
  const table = buildMatrixTable(workspace, engagement, matrix, labels);
  const deviations = buildDeviations(engagement, matrix, labels);
  return [
    keepTogether(
      [
        heading(engagementTitle(engagement, index, labels), 1),
        heading(labels.engagement.scenario, 2),
        scenario.block,
      ],
      scenario.lines + 4,
    ),
    // The heading stays with the table; the legend (with the crosswalk rules under the first
    // matrix, most of a page) follows on its own, so the table is not pushed to a new page with it.
    keepTogether([heading(labels.matrix.heading, 2), table.block], table.lines + 2),
    buildLegend(labels, index === 0),
    keepTogether([heading(labels.deviations.heading, 2), deviations.block], deviations.lines + 2),
  ];
}
