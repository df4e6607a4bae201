import { useT } from '@/i18n/i18n-provider';
import { NoticeBody } from './notice-body';
import { dismissNotice, useNoticesStore } from './notices-store';
import { SharePreview } from './share-preview';

/** The notices the app has for the user, each dismissable; a shared link's preview among them. */
export function NoticesView() {
  const t = useT();
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
              <NoticeBody notice={notice} />
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
