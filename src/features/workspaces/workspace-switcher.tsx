import { useT } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { SelectField } from '@/ui/select-field';

/** The open workspace as a drop-down of the ones saved in this browser: choosing one opens it. */
export function WorkspaceSwitcher() {
  const t = useT();
  const summaries = useLibraryStore((s) => s.summaries);
  const current = useLibraryStore((s) => s.current);
  const unopenable = useLibraryStore((s) => s.unopenable);
  const persistence = getPersistence();
  // Before storage has opened, the page shows a new untitled workspace: the switcher is drawn in
  // its place (disabled), so nothing moves when storage answers.
  if (!persistence || !current) {
    return (
      <SelectField
        label={t('shell.workspace')}
        value="opening"
        options={[{ value: 'opening', label: t('workspaces.untitled') }]}
        onChange={() => {}}
        disabled
      />
    );
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
