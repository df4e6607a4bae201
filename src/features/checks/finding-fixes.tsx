import { jointResponseSuggestion } from '@/i18n/plan-suggestion-texts';
import type { Translate } from '@/i18n/translate';
import { restoreOperationsService, setDeliveryMode } from '@/model/edit-engagements';
import type { Finding } from '@/model/findings';
import { setJointResponse } from '@/model/joint-response';
import { useWorkspaceStore } from '@/store/use-workspace-store';

type Fix = {
  readonly key:
    | 'checks.fix.restoreOperations'
    | 'checks.fix.switchToSoftwareDelivery'
    | 'checks.fix.addJointResponse';
  readonly apply: () => void;
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
  const edit = useWorkspaceStore((s) => s.edit);
  const id = finding.engagementId;
  const fixes: Fix[] = [];
  if (finding.code === 'managed-without-operations') {
    fixes.push(
      { key: 'checks.fix.restoreOperations', apply: () => edit(restoreOperationsService, id) },
      {
        key: 'checks.fix.switchToSoftwareDelivery',
        apply: () => edit(setDeliveryMode, id, 'softwareDelivery'),
      },
    );
  }
  if (finding.code === 'no-joint-response') {
    const texts = jointResponseSuggestion(t);
    fixes.push({
      key: 'checks.fix.addJointResponse',
      apply: () => edit(setJointResponse, id, texts),
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
          onClick={fix.apply}
        >
          {t(fix.key)}
        </button>
      ))}
    </span>
  );
}
