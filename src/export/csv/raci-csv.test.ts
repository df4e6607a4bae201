import { describe, expect, it } from 'vitest';
import { addDepartment, addStandardDepartments, setRaciLetters } from '@/model/edit-departments';
import type { Workspace } from '@/model/workspace';
import { buildNamedWorkspace, PARTY } from '../../../tests/support/test-builders';
import { buildRaciCsvRows, exportRaciCsv, RACI_CSV_COLUMNS, type RaciCsvLabels } from './raci-csv';

const labels: RaciCsvLabels = {
  engagement: (engagement, index) => engagement.name || `Engagement ${index + 1}`,
  row: (row) => row.layer ?? row.id,
  duty: (assignments) => assignments.map((a) => `${a.duty} ${a.scope}`).join('; '),
  department: (department) => department.name || department.kind,
  letter: (letter) => letter,
  state: (state) => state,
  listSeparator: ', ',
};

const SAAS = { resourceService: 'saas', mode: 'cloudService' } as const;
const at = (rowId: string) => ({ engagementId: 'engagement-1', rowId, role: 'customer' }) as const;

function saasRaci(): Workspace {
  let workspace = addStandardDepartments(buildNamedWorkspace(SAAS), PARTY.customer);
  workspace = addDepartment(workspace, PARTY.customer, 'custom', '=HYPERLINK("x")');
  workspace = setRaciLetters(workspace, at('businessData'), 'department-1', [
    'accountable',
    'responsible',
  ]);
  workspace = setRaciLetters(workspace, at('businessData'), 'department-3', ['accountable']);
  return setRaciLetters(workspace, at('applicationSoftware'), 'department-2', ['informed']);
}

/** Reads our CSV back (every cell quoted, CRLF records) and undoes the formula guard. */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv
    .slice(1, -2)
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => {
        const cell = (m[1] ?? '').replaceAll('""', '"');
        return /^'[=+\-@'\t\r\n\0]/.test(cell) ? cell.slice(1) : cell;
      }),
    );
}

describe('exportRaciCsv', () => {
  it('writes the header, then a row per duty and department of the customer', () => {
    const [header, ...rows] = parse(exportRaciCsv(saasRaci(), labels));
    expect(header).toEqual([...RACI_CSV_COLUMNS]);
    // SaaS in cloud service: two customer duties × five departments.
    expect(rows).toHaveLength(10);
  });

  it.each([
    ['businessData', 'department-1', 'RA', 'responsible, accountable', 'severalAccountable'],
    ['businessData', 'department-3', 'A', 'accountable', 'severalAccountable'],
    ['businessData', 'department-2', '', '', 'severalAccountable'],
    ['applicationSoftware', 'department-2', 'I', 'informed', 'noAccountable'],
  ])('writes %s / %s as %s', (rowId, departmentId, raci, meaning, check) => {
    const row = buildRaciCsvRows(saasRaci(), labels).find(
      (r) => r.row_id === rowId && r.department_id === departmentId,
    );
    expect(row).toMatchObject({
      raci,
      raci_meaning: meaning,
      row_check: check,
      party: PARTY.customer,
    });
  });

  it('protects a department name that starts like a formula, and reads back the same', () => {
    const csv = exportRaciCsv(saasRaci(), labels);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const rows = parse(csv);
    expect(rows.some((row) => row.includes('=HYPERLINK("x")'))).toBe(true);
  });

  it('writes only the header when the customer has no departments', () => {
    expect(parse(exportRaciCsv(buildNamedWorkspace(SAAS), labels))).toEqual([
      [...RACI_CSV_COLUMNS],
    ]);
  });
});
