import { jointResponseSuggestion } from '@/i18n/plan-suggestion-texts';
import type { Translate } from '@/i18n/translate';
import { restoreOperationsService, setDeliveryMode } from '@/model/edit-engagements';
import type { Finding } from '@/model/findings';
import { setJointResponse } from '@/model/joint-response';
import type { Workspace } from '@/model/workspace';
import { useWorkspaceStore } from '@/store/use-workspace-store';

type Fix = {
  readonly key:
    | 'checks.fix.restoreOperations'
    | 'checks.fix.switchToSoftwareDelivery'
    | 'checks.fix.addJointResponse';
  readonly edit: (workspace: Workspace) => Workspace;
};

/**
 * One-click fixes of the checks that have an obvious remedy: a managed engagement without its
 * operations service (add it back, or call the mode what it is), and an engagement without a joint
 * response (add the suggested one, which the plan view then edits).
 */
export function FindingFixes(props: {
  finding: Finding;
  t: Translate<'checks' | 'plan-suggestions'>;
  describedBy: string;
}) {
  const { finding, t, describedBy } = props;
  const applyEdit = useWorkspaceStore((s) => s.applyEdit);
  const id = finding.engagementId;
  const fixes: Fix[] = [];
  if (finding.code === 'managed-without-operations') {
    fixes.push(
      { key: 'checks.fix.restoreOperations', edit: (w) => restoreOperationsService(w, id) },
      {
        key: 'checks.fix.switchToSoftwareDelivery',
        edit: (w) => setDeliveryMode(w, id, 'softwareDelivery'),
      },
    );
  }
  if (finding.code === 'no-joint-response') {
    const texts = jointResponseSuggestion(t);
    fixes.push({
      key: 'checks.fix.addJointResponse',
      edit: (w) => setJointResponse(w, id, texts),
    });
  }
  if (fixes.length === 0) return null;
  return (
    <span className="finding-fixes">
      {fixes.map((fix) => (
        <button
          key={fix.key}
          type="button"
          className="finding-fix"
          aria-describedby={describedBy}
          onClick={() => applyEdit(fix.edit)}
        >
          {t(fix.key)}
        </button>
      ))}
    </span>
  );
}
