import type { Workspace } from '@/model/workspace';
import { usePrintT } from './use-print-t';

/** The contract the annex belongs to: its title, version, date and notes. */
export function PrintContract(props: { workspace: Workspace; workspaceName: string }) {
  const p = usePrintT();
  const { contract } = props.workspace;
  const orNotSet = (value: string) => value.trim() || p('print.notSet');
  const rows: [string, string][] = [
    [p('print.contract.title'), orNotSet(contract.title)],
    [p('print.contract.version'), orNotSet(contract.version)],
    [p('print.contract.date'), orNotSet(contract.date)],
    [p('print.contract.notes'), orNotSet(contract.notes)],
  ];
  if (props.workspaceName.trim()) {
    rows.unshift([p('print.contract.workspace'), props.workspaceName.trim()]);
  }
  return (
    <section className="print-section" aria-labelledby="print-contract-heading">
      <h2 id="print-contract-heading">{p('print.contract.heading')}</h2>
      <table className="print-table print-meta">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="print-pre">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
