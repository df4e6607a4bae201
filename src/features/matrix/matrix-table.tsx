import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { MatrixRow } from '@/model/assignment';
import { deriveMatrix } from '@/model/derive-matrix';
import { ROLES } from '@/model/roles';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { AssignmentWords } from './assignment-words';
import { MatrixLegend } from './matrix-legend';
import { RowHeader } from './row-header';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, MatrixRow>();

/** Layer rows top to bottom as in the report's figures (business data on top), then assurance rows. */
function toDisplayOrder(rows: readonly MatrixRow[]): MatrixRow[] {
  const layers = rows.filter((row) => row.kind === 'layer').reverse();
  return [...layers, ...rows.filter((row) => row.kind === 'assurance')];
}

/** The who-owns-what matrix of the first engagement: asset layers as rows, roles as columns. */
export function MatrixTable() {
  const t = useT();
  const engagement = useWorkspaceStore((s) => s.workspace.engagements[0]);
  const overrides = useWorkspaceStore((s) => s.workspace.overrides);
  const rows = useMemo(
    () => (engagement ? toDisplayOrder(deriveMatrix(engagement, overrides).rows) : []),
    [engagement, overrides],
  );
  const columns = useMemo(
    () => [
      column.display({
        id: 'layer',
        header: () => t('matrix.layerColumn'),
        cell: (c) => <RowHeader row={c.row.original} />,
      }),
      ...ROLES.map((role) =>
        column.display({
          id: role,
          header: () => t(`role.${role}`),
          cell: (c) => {
            const assignments = c.row.original.cells[role].assignments;
            if (assignments.length === 0)
              return <span className="cell-empty">{t('matrix.empty')}</span>;
            return (
              <ul className="assignment-list">
                {assignments.map((a, i) => (
                  // Assignments have no id of their own; their order within a cell is stable.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={i}>
                    <AssignmentWords assignment={a} />
                  </li>
                ))}
              </ul>
            );
          },
        }),
      ),
    ],
    [t],
  );
  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.id });
  if (!engagement) return null;
  return (
    <section className="panel matrix-panel" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t('matrix.heading')}</h2>
      <div className="matrix-scroll">
        <table className="matrix">
          <caption>
            {t('matrix.caption', {
              serviceType: t(`serviceType.${engagement.resourceService}`),
              mode: t(`mode.${engagement.mode}`),
            })}
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col">
                    <table.FlexRender header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                data-row-id={row.id}
                className={`matrix-row matrix-row-${row.original.kind}`}
              >
                {row.getAllCells().map((cell) =>
                  cell.column.id === 'layer' ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MatrixLegend />
    </section>
  );
}
