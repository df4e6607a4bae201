import { ImportIssueList } from '@/features/import-export/import-issue-list';
import { describeEngagement } from '@/i18n/describe-engagement';
import { useT } from '@/i18n/i18n-provider';
import type { Scenario } from '@/model/assurance-scope';
import { setScenario } from '@/model/edit-engagements';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { useWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import { dismissNotice, type Notice } from './notices-store';

/** What one notice says, and the action it offers. */
export function NoticeBody({ notice }: { notice: Notice & { readonly id: number } }) {
  const t = useT();
  const f = useT('files');
  const engagements = useWorkspaceStore((s) => s.workspace.engagements);
  const scenarioText = (s: Scenario) =>
    `${t(`serviceTypeShort.${s.resourceService}`)} · ${t(`mode.${s.mode}`)}`;
  switch (notice.kind) {
    case 'share-opened':
      return <p>{f('share.opened', { name: notice.name || t('workspaces.untitled') })}</p>;
    case 'share-already':
      return <p>{f('share.already', { name: notice.name || t('workspaces.untitled') })}</p>;
    case 'share-preview':
      return null;
    case 'share-refused':
      return (
        <>
          <p>{f('share.refused')}</p>
          <ImportIssueList issues={notice.issues} />
        </>
      );
    case 'recovered':
      return (
        <>
          <p>{f('notice.recovered', { name: notice.name || t('workspaces.untitled') })}</p>
          <button
            type="button"
            onClick={() => {
              dismissNotice(notice.id);
              void getPersistence()?.controller.open(notice.copyId);
            }}
          >
            {f('notice.openRecovered')}
          </button>
        </>
      );
    case 'address-engagement-missing':
      return <p>{f('notice.addressEngagementMissing', { id: notice.engagementId })}</p>;
    case 'address-scenario-differs': {
      const engagement = engagements.find((e) => e.id === notice.engagementId);
      if (!engagement) return null;
      const values = {
        engagement: describeEngagement(engagements, engagement.id, t),
        scenario: scenarioText(notice.scenario),
        saved: scenarioText(engagement),
      };
      return (
        <>
          <p>{f('notice.addressScenarioDiffers', values)}</p>
          <button
            type="button"
            onClick={() => {
              dismissNotice(notice.id);
              workspaceStore.getState().edit(setScenario, engagement.id, notice.scenario);
            }}
          >
            {f('notice.applyAddressScenario', values)}
          </button>
        </>
      );
    }
  }
}
