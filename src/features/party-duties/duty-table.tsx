import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import type { PartyDutyGroup, PartyDutyLine } from '@/model/party-duties';
import type { CellRef } from '@/model/workspace';
import { DutyBadge } from '@/ui/duty-badge';
import { baselineWords, basisWords, reasonWords, rowName, viaName } from './duty-words';

interface DutyTableProps {
  readonly group: PartyDutyGroup;
  readonly party: string;
  readonly engagementName: string;
  readonly p: Translate<'party-duties'>;
  readonly onOpen: (ref: CellRef) => void;
}

function DutyRow({
  line,
  group,
  engagementName,
  p,
  onOpen,
}: DutyTableProps & { line: PartyDutyLine }) {
  const t = useT();
  const { assignment, row } = line;
  const name = rowName(row, group.engagement, t, p);
  const hint = row.position ? t(`position.${row.position}`) : '';
  const basis = assignment.basis.source;
  const baseline = baselineWords(line, t, p);
  const role = t(`role.${line.role}`);
  return (
    <tr className={line.changed ? 'party-duty-changed' : undefined}>
      <th scope="row">
        <span className="party-duty-row">{name}</span>
        {hint ? <span className="party-duty-hint">{hint}</span> : null}
      </th>
      <td>{role}</td>
      <td>
        <span className={`assignment assignment-${assignment.duty}`}>
          <DutyBadge duty={assignment.duty} letter={t(`dutyLetter.${assignment.duty}`)} />
          <span>{t(`duty.${assignment.duty}`)}</span>
        </span>
      </td>
      <td>{t(`scope.${assignment.scope}`)}</td>
      <td>{viaName(assignment, group.engagement, t, p, true)}</td>
      <td>
        <span className={`basis basis-${basis}`}>
          {basis === 'override' ? '✎ ' : ''}
          {basisWords(assignment.basis, p)}
        </span>
        {/* A duty set for the contract says so in its basis; a kept one in a changed cell needs the mark. */}
        {line.changed && basis !== 'override' ? (
          <span className="party-changed-mark">✎ {p('party.changed')}</span>
        ) : null}
      </td>
      <td>
        <span
          className={
            line.reason.kind === 'override' && line.reason.text === ''
              ? 'party-no-reason'
              : undefined
          }
        >
          {reasonWords(line.reason, p)}
        </span>
        {baseline ? <span className="party-duty-hint">{baseline}</span> : null}
      </td>
      <td>
        <button
          type="button"
          className="link-button"
          aria-label={p('party.openLabel', { engagement: engagementName, role, row: name })}
          onClick={() =>
            onOpen({ engagementId: group.engagement.id, rowId: row.id, role: line.role })
          }
        >
          {p('party.open')}
        </button>
      </td>
    </tr>
  );
}

/** The duties a party carries in one engagement, a row per duty with its basis and reason. */
export function DutyTable(props: DutyTableProps) {
  const { group, party, engagementName, p } = props;
  const columns = ['row', 'role', 'duty', 'scope', 'via', 'basis', 'reason', 'open'] as const;
  return (
    <div className="party-duties-scroll">
      <table className="party-duties-table">
        <colgroup>
          {columns.map((column) => (
            <col key={column} className={`party-col-${column}`} />
          ))}
        </colgroup>
        <caption>{p('party.caption', { party, engagement: engagementName })}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {p(`party.col.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {group.lines.map((line, i) => (
            // Lines have no id; their order (row, role, assignment) is stable for a workspace.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <DutyRow key={i} {...props} line={line} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
