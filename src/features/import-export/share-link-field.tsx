import { useId, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';

import { workspaceStore } from '@/store/use-workspace-store';

type ShareState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'ready'; readonly url: string; readonly copied: boolean }
  | { readonly kind: 'too-large'; readonly length: number; readonly limit: number };

/** Makes a link that carries the whole workspace, says so, and offers a file when it is too large. */
export function ShareLinkField({ onExportFile }: { onExportFile: () => void }) {
  const f = useT('files');
  const id = useId();
  const [state, setState] = useState<ShareState>({ kind: 'idle' });
  const make = async () => {
    const { encodeShareLink } = await import('@/export/share-link/encode-share-link');
    const base = new URL(window.location.href);
    base.hash = '';
    const result = await encodeShareLink(workspaceStore.getState().workspace, base.toString());
    if (!result.ok) {
      setState({ kind: 'too-large', length: result.length, limit: result.limit });
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(result.url);
      copied = true;
    } catch {
      // No clipboard (insecure context or denied): the link is shown to copy by hand.
    }
    setState({ kind: 'ready', url: result.url, copied });
  };
  return (
    <div className="share-link">
      <button type="button" onClick={() => void make()}>
        {f('share.make')}
      </button>
      {state.kind === 'ready' ? (
        <div className="share-link-result">
          <label htmlFor={id}>{f('share.linkLabel')}</label>
          <input id={id} readOnly value={state.url} onFocus={(event) => event.target.select()} />
          <p className="field-hint" role="status">
            {state.copied ? `${f('share.copied')} ` : ''}
            {f('share.carriesData')}
          </p>
        </div>
      ) : null}
      {state.kind === 'too-large' ? (
        <div role="alert" className="field-error">
          {f('share.tooLarge', { length: state.length, limit: state.limit })}{' '}
          <button type="button" onClick={onExportFile}>
            {f('share.exportInstead')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
