import { useLanguage, useT } from '@/i18n/i18n-provider';

import { useLibraryStore } from '@/store/persistence/library-store';
import type { RecordSummary } from '@/store/persistence/saved-record';

interface WorkspaceListProps {
  readonly onOpen: (summary: RecordSummary) => void;
}

/** The workspaces saved in this browser, newest first, each with its state and an Open button. */
export function WorkspaceList({ onOpen }: WorkspaceListProps) {
  const f = useT('files');
  const { language } = useLanguage();
  const summaries = useLibraryStore((s) => s.summaries);
  const currentId = useLibraryStore((s) => s.current?.id);
  const unopenable = useLibraryStore((s) => s.unopenable);
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="workspace-list" aria-label={f('workspaces.list')}>
      {summaries.map((summary) => {
        const name = summary.name || f('workspaces.untitled');
        const problem = unopenable[summary.id];
        const notes = [
          f('workspaces.updated', { time: format.format(new Date(summary.updatedAt)) }),
          ...(summary.shared ? [f('workspaces.shared')] : []),
          ...(summary.recoveredFrom ? [f('workspaces.recovered')] : []),
        ];
        return (
          <li key={summary.id} aria-current={summary.id === currentId ? 'true' : undefined}>
            <span className="workspace-list-text">
              <span className="workspace-list-name">{name}</span>
              <span className="field-hint">{notes.join(' · ')}</span>
              {problem ? <span className="field-error">{f(`workspaces.${problem}`)}</span> : null}
            </span>
            {summary.id === currentId ? (
              <span className="workspace-list-current">{f('workspaces.current')}</span>
            ) : (
              <button
                type="button"
                onClick={() => onOpen(summary)}
                aria-label={`${f('workspaces.open')}: ${name}`}
              >
                {f('workspaces.open')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
