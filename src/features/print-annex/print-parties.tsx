import { useT } from '@/i18n/i18n-provider';
import type { Workspace } from '@/model/workspace';
import { joinList } from './print-names';
import { usePrintT } from './use-print-t';

/** The named parties with the roles each holds, or a line saying none is named. */
export function PrintParties({ workspace }: { workspace: Workspace }) {
  const t = useT();
  const p = usePrintT();
  return (
    <section className="print-section" aria-labelledby="print-parties-heading">
      <h2 id="print-parties-heading">{p('print.parties.heading')}</h2>
      {workspace.parties.length === 0 ? (
        <p>{p('print.parties.none')}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">{p('print.parties.name')}</th>
              <th scope="col">{p('print.parties.roles')}</th>
            </tr>
          </thead>
          <tbody>
            {workspace.parties.map((party) => (
              <tr key={party.id}>
                <th scope="row">{party.name}</th>
                <td>
                  {joinList(
                    party.roles.map((role) => t(`role.${role}`)),
                    p,
                  ) || p('print.notSet')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
