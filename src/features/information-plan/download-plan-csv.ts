import { exportInformationPlanCsv } from '@/export/csv/information-plan-csv';
import { CSV_MIME_TYPE } from '@/export/csv/write-csv';
import { downloadFile } from '@/export/download';
import { contractFileName } from '@/export/export-file-name';
import { describeChannelCategory } from '@/i18n/describe-channel-category';
import { describeEngagement } from '@/i18n/describe-engagement';
import { describeParty } from '@/i18n/describe-party';
import type { Translate } from '@/i18n/translate';
import type { Workspace } from '@/model/workspace';
import type { ExportReady } from '@/ui/use-export-action';

/** The plan's file name, e.g. `information-sharing-plan_Bank-core_v1.2_2026-11-29.csv`. */
function planCsvFileName(workspace: Workspace, p: Translate<'plan'>, today: Date): string {
  const labels = { informationPlan: p('plan.csvKind') };
  return contractFileName(workspace.contract, 'informationPlan', 'csv', labels, today);
}

/** The information-sharing plan as CSV in the user's language, ready to save. */
export function preparePlanCsv(
  workspace: Workspace,
  t: Translate,
  p: Translate<'plan'>,
): ExportReady {
  const csv = exportInformationPlanCsv(workspace, {
    party: (id) => describeParty(workspace.parties, id, t),
    category: (channel) => describeChannelCategory(channel, t),
    jointResponse: (engagement) =>
      p('plan.joint.csvCategory', {
        engagement: describeEngagement(workspace.engagements, engagement.id, t),
      }),
    incident: p('plan.joint.incident'),
  });
  const name = planCsvFileName(workspace, p, new Date());
  return { save: () => void downloadFile(name, csv, CSV_MIME_TYPE) };
}
