import { ImportIssueList } from '@/features/import-export/import-issue-list';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import { useT } from '@/i18n/i18n-provider';
import { useSectionT } from '@/i18n/use-section-t';

import { dismissNotice, useNoticesStore } from './notices-store';
import { SharePreview } from './share-preview';

/** The notices the app has for the user, each dismissable; a shared link's preview among them. */
export function NoticesView() {
  const t = useT();
  const f = useSectionT(FILES_MESSAGES);
  const notices = useNoticesStore((s) => s.notices);
  return (
    <div role="status" className="notice-region">
      {notices.map((notice) =>
        notice.kind === 'share-preview' ? (
          <div key={notice.id} className="notice notice-preview">
            <SharePreview
              id={notice.id}
              workspace={notice.workspace}
              fingerprint={notice.fingerprint}
            />
          </div>
        ) : (
          <div key={notice.id} className="notice">
            <div>
              {notice.kind === 'share-opened' ? (
                <p>{f('share.opened', { name: notice.name || t('workspaces.untitled') })}</p>
              ) : notice.kind === 'share-already' ? (
                <p>{f('share.already', { name: notice.name || t('workspaces.untitled') })}</p>
              ) : (
                <>
                  <p>{f('share.refused')}</p>
                  <ImportIssueList issues={notice.issues} />
                </>
              )}
            </div>
            <button type="button" onClick={() => dismissNotice(notice.id)}>
              {t('notice.dismiss')}
            </button>
          </div>
        ),
      )}
    </div>
  );
}
