import { useT } from '@/i18n/i18n-provider';
import { RACI_LETTERS, type RaciLetter } from '@/model/departments';
import { type CustomerCellRef, toggleRaciLetter } from '@/model/edit-departments';
import { RACI_MARK } from '@/model/raci-marks';
import { useWorkspaceStore } from '@/store/use-workspace-store';

/**
 * The four RACI letters of one department on one duty, as toggle buttons (aria-pressed). Each is
 * named in full for screen readers: letter, its meaning, the department and the duty.
 */
export function RaciLetterButtons(props: {
  readonly cell: CustomerCellRef;
  readonly departmentId: string;
  readonly departmentName: string;
  readonly rowName: string;
  readonly letters: readonly RaciLetter[];
}) {
  const { cell, departmentId, departmentName, rowName, letters } = props;
  const d = useT('departments');
  const edit = useWorkspaceStore((s) => s.edit);
  return (
    <div className="raci-letters">
      {RACI_LETTERS.map((letter) => {
        const on = letters.includes(letter);
        const name = d(`departments.letter.${letter}`);
        return (
          <button
            key={letter}
            type="button"
            className={`raci-letter raci-letter-${letter}`}
            aria-pressed={on}
            aria-label={d('departments.toggle', {
              letter: RACI_MARK[letter],
              name,
              department: departmentName,
              row: rowName,
            })}
            title={name}
            onClick={() => edit(toggleRaciLetter, cell, departmentId, letter)}
          >
            {RACI_MARK[letter]}
          </button>
        );
      })}
    </div>
  );
}
