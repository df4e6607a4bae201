import { type ReactNode, useId, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { Department } from '@/model/departments';
import { LIMITS } from '@/schema/limits';
import { useCommittedDraft } from '@/ui/use-committed-draft';

/**
 * The name of one department, committed as the user types (at each pause), on leaving the field or
 * Enter, and when the page is hidden, so a pause is one undo step and nothing typed is lost. A built-in department may be left empty: it then has the app's name of its kind.
 */
export function DepartmentNameField(props: {
  readonly department: Department;
  readonly number: number;
  readonly onRename: (name: string) => void;
  /** A button beside the field, such as Remove. */
  readonly action?: ReactNode;
}) {
  const { department, number, onRename, action } = props;
  const d = useT('departments');
  const id = useId();
  const [blank, setBlank] = useState(false);
  const builtIn = department.kind !== 'custom';
  const typing = useCommittedDraft(department.name, onRename, {
    normalise: (d) => d.trim(),
    canCommit: (next) => builtIn || next !== '',
  });
  const draft = typing.draft;
  const commit = () => {
    if (!builtIn && draft.trim() === '') {
      // A custom department keeps its name; say why the field went back to it.
      setBlank(true);
      typing.reset();
      return;
    }
    setBlank(false);
    typing.commit();
  };
  const hintId = `${id}-hint`;
  return (
    <div className="department-name">
      <label htmlFor={id}>{d('departments.nameOf', { number })}</label>
      <div className="department-name-row">
        <input
          id={id}
          value={draft}
          maxLength={LIMITS.nameLength}
          placeholder={builtIn ? d(`departments.kind.${department.kind}`) : undefined}
          aria-describedby={builtIn || blank ? hintId : undefined}
          onChange={(event) => typing.change(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
        {action}
      </div>
      {builtIn ? (
        <span id={hintId} className="field-hint">
          {d('departments.builtInHint', { kind: d(`departments.kind.${department.kind}`) })}
        </span>
      ) : null}
      {!builtIn && blank ? (
        <span id={hintId} className="field-error">
          {d('departments.nameRequired')}
        </span>
      ) : null}
    </div>
  );
}
