import { useT } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { SelectField } from '@/ui/select-field';

const nothing = () => {};

/**
 * The open workspace as a drop-down of the ones saved in this browser: choosing one opens it. On a
 * first visit, before storage answers, it shows the new workspace it will open, not yet usable, so
 * that the bar does not move when storage answers.
 */
export function WorkspaceSwitcher({ firstVisit }: { firstVisit: boolean }) {
  const t = useT();
  const summaries = useLibraryStore((s) => s.summaries);
  const current = useLibraryStore((s) => s.current);
  const unopenable = useLibraryStore((s) => s.unopenable);
  const starting = useLibraryStore((s) => s.phase === 'starting');
  const persistence = getPersistence();
  if (!persistence || !current) {
    return firstVisit && starting ? (
      <SelectField
        label={t('shell.workspace')}
        value=""
        options={[{ value: '', label: t('workspaces.untitled') }]}
        onChange={nothing}
        disabled
      />
    ) : null;
  }
  const options = summaries
    .filter((s) => s.id === current.id || !unopenable[s.id])
    .map((s) => ({ value: s.id, label: s.name || t('workspaces.untitled') }));
  if (!options.some((o) => o.value === current.id)) {
    options.unshift({ value: current.id, label: current.name || t('workspaces.untitled') });
  }
  return (
    <SelectField
      label={t('shell.workspace')}
      value={current.id}
      options={options}
      onChange={(id) => {
        if (id !== current.id) void persistence.controller.open(id);
      }}
    />
  );
}
