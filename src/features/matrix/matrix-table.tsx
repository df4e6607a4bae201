import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { withAreas } from '@/i18n/area-cache';
import { describeRow } from '@/i18n/describe-row';
import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import type { MatrixRow } from '@/model/assignment';
import { cellKey } from '@/model/cell-ref';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import { inReadingOrder } from '@/model/reading-order';
import { ROLES } from '@/model/roles';
import type { Engagement } from '@/model/workspace';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useSelectionStore } from '@/store/selection-store';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { moveCellFocus } from '@/ui/move-cell-focus';
import { EntryCellContext } from './entry-cell-context';
import { MatrixCell } from './matrix-cell';
import { MatrixLegend } from './matrix-legend';
import { MatrixToolbar } from './matrix-toolbar';
import { RoleHeader } from './role-header';
import { RowHeader } from './row-header';
import './matrix.css';

// The crosswalk's words and cells load when a user first asks for them, not with the first page.
const CrosswalkHeader = lazy(() =>
  withAreas(
    ['crosswalk'],
    import('./crosswalk-cell').then((m) => ({ default: m.CrosswalkHeader })),
  ),
);
const CrosswalkCell = lazy(() =>
  withAreas(
    ['crosswalk'],
    import('./crosswalk-cell').then((m) => ({ default: m.CrosswalkCell })),
  ),
);
const CrosswalkNote = lazy(() =>
  withAreas(
    ['crosswalk'],
    import('./crosswalk-cell').then((m) => ({ default: m.CrosswalkNote })),
  ),
);

const features = tableFeatures({});
const column = createColumnHelper<typeof features, MatrixRow>();

/**
 * Whether the security vendor's column says anything: the engagement has a security service, or a
 * cell of that column has a duty (a change may put one there). Otherwise it is all "No duty".
 */
function hasVendorColumn(engagement: Engagement, rows: readonly MatrixRow[]): boolean {
  return (
    engagement.securityServices.length > 0 ||
    rows.some(
      (r) => r.cells.securityVendor.assignments.length > 0 || r.cells.securityVendor.overridden,
    )
  );
}

/**
 * The matrix's columns, every role's included. They depend on the language alone (and whether the
 * crosswalk shows): each cell renderer is a component type to React, so renderers made anew for each
 * engagement had a switch of engagement unmount and remake every cell and header of the table.
 */
function buildColumns(t: Translate, crosswalk: boolean) {
  const crosswalkColumn = column.display({
    id: 'crosswalk',
    header: () => (
      <Suspense fallback={null}>
        <CrosswalkHeader />
      </Suspense>
    ),
    cell: (c) => (
      <Suspense fallback={null}>
        <CrosswalkCell row={c.row.original} />
      </Suspense>
    ),
  });
  return [
    column.display({
      id: 'layer',
      header: () => t('matrix.layerColumn'),
      cell: (c) => <RowHeader row={c.row.original} />,
    }),
    ...ROLES.map((role) =>
      column.display({
        id: role,
        header: () => <RoleHeader role={role} />,
        cell: (c) => (
          <MatrixCell
            row={c.row.original}
            cell={c.row.original.cells[role]}
            rowName={describeRow(c.row.original, t).name}
          />
        ),
      }),
    ),
    ...(crosswalk ? [crosswalkColumn] : []),
  ];
}

/** The who-owns-what matrix of the current engagement: asset layers as rows, roles as columns. */
export function MatrixTable() {
  const t = useT();
  const engagement = useWorkspaceStore(selectCurrentEngagement);
  const overrides = useWorkspaceStore((s) => s.workspace.overrides);
  const rows = useMemo(
    () => (engagement ? inReadingOrder(deriveMatrixMemo(engagement, overrides).rows) : []),
    [engagement, overrides],
  );
  const [crosswalk, setCrosswalk] = useState(false);
  const selected = useSelectionStore((s) => s.selectedCell);
  // One cell is in the Tab order (the selected one, else the first); arrows move among the rest.
  const entryKey =
    selected &&
    selected.engagementId === engagement?.id &&
    rows.some((r) => r.id === selected.rowId)
      ? cellKey(selected)
      : cellKey({ engagementId: engagement?.id ?? '', rowId: rows[0]?.id ?? '', role: 'customer' });
  const showVendor = engagement ? hasVendorColumn(engagement, rows) : true;
  const allColumns = useMemo(() => buildColumns(t, crosswalk), [t, crosswalk]);
  const columns = useMemo(
    () => (showVendor ? allColumns : allColumns.filter((c) => c.id !== 'securityVendor')),
    [allColumns, showVendor],
  );
  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.id });
  if (!engagement) return null;
  return (
    <section className="panel matrix-panel" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t('matrix.heading')}</h2>
      <MatrixToolbar
        engagementId={engagement.id}
        crosswalk={crosswalk}
        onCrosswalkChange={setCrosswalk}
      />
      <EntryCellContext.Provider value={entryKey}>
        <div className="matrix-scroll">
          <table className={showVendor ? 'matrix' : 'matrix matrix-compact'}>
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
            <tbody
              onKeyDown={(event) => {
                if (moveCellFocus(event.key, event.target as Element)) event.preventDefault();
              }}
            >
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className={`matrix-row matrix-row-${row.original.kind}`}>
                  {row.getAllCells().map((cell) => {
                    if (cell.column.id === 'layer') {
                      return (
                        <th key={cell.id} scope="row">
                          <table.FlexRender cell={cell} />
                        </th>
                      );
                    }
                    const role = ROLES.find((r) => r === cell.column.id);
                    const key = role
                      ? cellKey({ engagementId: engagement.id, rowId: row.id, role })
                      : cell.id;
                    const overridden = role ? row.original.cells[role].overridden : false;
                    const className = role
                      ? overridden
                        ? 'cell-overridden'
                        : undefined
                      : 'crosswalk-cell';
                    return (
                      <td key={cell.id} data-cell={key} className={className}>
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </EntryCellContext.Provider>
      {showVendor ? null : <p className="field-hint">{t('matrix.vendorHidden')}</p>}
      {crosswalk ? (
        <Suspense fallback={null}>
          <CrosswalkNote />
        </Suspense>
      ) : null}
      <MatrixLegend />
    </section>
  );
}
