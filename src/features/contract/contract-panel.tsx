import { useT } from '@/i18n/i18n-provider';
import { setContract } from '@/model/edit-contract';
import { LIMITS } from '@/schema/limits';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { CommittedTextField } from './committed-text-field';
import './contract-panel.css';

/** The contract this matrix belongs to: its title, version, date and notes, shown in every export. */
export function ContractPanel() {
  const f = useT('files');
  const contract = useWorkspaceStore((s) => s.workspace.contract);
  const edit = useWorkspaceStore((s) => s.edit);
  return (
    <section className="panel contract-panel" aria-labelledby="contract-heading">
      <h2 id="contract-heading">{f('contract.heading')}</h2>
      <CommittedTextField
        id="contract-title"
        label={f('contract.title')}
        value={contract.title}
        maxLength={LIMITS.nameLength}
        onCommit={(title) => edit(setContract, { title })}
      />
      <div className="contract-row">
        <CommittedTextField
          label={f('contract.version')}
          value={contract.version}
          maxLength={LIMITS.nameLength}
          onCommit={(version) => edit(setContract, { version })}
        />
        <CommittedTextField
          id="contract-date"
          label={f('contract.date')}
          type="date"
          value={contract.date}
          maxLength={10}
          onCommit={(date) => edit(setContract, { date })}
        />
      </div>
      <CommittedTextField
        label={f('contract.notes')}
        multiline
        value={contract.notes}
        maxLength={LIMITS.textLength}
        onCommit={(notes) => edit(setContract, { notes })}
      />
    </section>
  );
}
