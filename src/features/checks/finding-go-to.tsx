import type { Translate } from '@/i18n/translate';
import type { Finding } from '@/model/findings';
import { workspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { focusWhenShown } from '@/ui/focus-when-shown';
import { findingPlaceOf } from './finding-place';

/**
 * A link to where a finding is fixed outside its matrix cell (the plan, the RACI, the engagement's
 * card): it opens that view with the finding's engagement current, and puts focus on the field.
 */
export function FindingGoTo(props: {
  finding: Finding;
  t: Translate<'checks'>;
  describedBy: string;
}) {
  const { finding, t, describedBy } = props;
  const showView = useViewStore((s) => s.showView);
  const place = findingPlaceOf(finding);
  if (!place) return null;
  const go = () => {
    workspaceStore.getState().selectEngagement(finding.engagementId);
    showView(place.view);
    focusWhenShown(place.targetId);
  };
  return (
    <button
      type="button"
      className="link-button finding-go-to"
      aria-describedby={describedBy}
      onClick={go}
    >
      {t(place.label)}
    </button>
  );
}
