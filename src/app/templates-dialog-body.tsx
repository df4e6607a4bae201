import { TemplatePicker } from '@/features/workspaces/template-picker';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { useShellStore } from '@/store/shell-store';

/** The report's scenarios to start a new workspace from; creating one closes the dialog and says so. */
export function TemplatesDialogBody() {
  const persistence = getPersistence();
  if (!persistence) return null;
  return (
    <TemplatePicker
      defaultOpen
      onCreate={(name, workspace) => persistence.controller.create(name, workspace)}
      onCreated={(message) => {
        const { announce, showDialog } = useShellStore.getState();
        announce(message);
        showDialog(null);
        window.scrollTo({ top: 0 });
      }}
    />
  );
}
