import { useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { ViewRequest } from './view-params';

/** Tells the user which address parameters were not understood, instead of failing silently. */
export function IgnoredParamsNotice({ ignored }: { ignored: ViewRequest['ignored'] }) {
  const t = useT();
  const [open, setOpen] = useState(ignored.length > 0);
  return (
    <div role="status" className="notice-region">
      {open ? (
        <div className="notice">
          <ul>
            {ignored.map(({ param, value }) => (
              <li key={param}>{t('notice.ignoredParam', { param, value })}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setOpen(false)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
