import type { Matrix } from '@/model/assignment';
import { findRaciRowState } from '@/model/check-departments';
import { deriveRaciRows, findCustomerDepartments, lettersOf } from '@/model/customer-duties';
import { type Department, RACI_LETTERS } from '@/model/departments';
import { RACI_MARK } from '@/model/raci-marks';
import type { Engagement, Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';
import type { AnnexBlock, AnnexCell } from './annex-model';
import { assignmentsWords, engagementTitle, partyName, rowName } from './annex-names';
import { estimateTableLines, headerCells, heading, keepTogether, note } from './annex-size';

function departmentLabel(department: Department, labels: AnnexLabels): string {
  return department.name.trim() || labels.raci.kind(department.kind);
}

/** One engagement's RACI: duty rows, a column per department of the customer, the row's check. */
function engagementRaci(
  workspace: Workspace,
  engagement: Engagement,
  index: number,
  matrix: Matrix,
  labels: AnnexLabels,
): { parts: AnnexBlock[]; lines: number } | null {
  const rows = deriveRaciRows(workspace, engagement, matrix);
  if (rows.length === 0) return null;
  const departments = findCustomerDepartments(workspace, engagement);
  const words = labels.raci;
  const texts = rows.map((raciRow) => {
    const { row } = raciRow;
    const letters = departments.map((department) => {
      const own = lettersOf(raciRow, department.id);
      return own.length === 0 ? words.empty : own.map((letter) => RACI_MARK[letter]).join(' ');
    });
    const duty = `${rowName(row, engagement, labels)}\n${assignmentsWords(row.cells.customer.assignments, labels)}`;
    return { state: findRaciRowState(raciRow), cells: [duty, ...letters] };
  });
  const header = headerCells([
    words.duty,
    ...departments.map((d) => departmentLabel(d, labels)),
    words.check,
  ]);
  const body: AnnexCell[][] = texts.map(({ state, cells }) =>
    // A row that fails the check is tinted as well as worded, for a reader in black and white.
    [...cells, words.state(state)].map((text) =>
      state === 'agreed' ? { text } : { text, tint: 'attention' as const },
    ),
  );
  const caption = words.caption(
    partyName(workspace, engagement.customerPartyId, labels),
    engagementTitle(engagement, index, labels),
  );
  const lines = estimateTableLines(
    texts.map(({ cells }) => cells),
    10,
  );
  return {
    parts: [
      heading(engagementTitle(engagement, index, labels), 2),
      note(caption),
      { kind: 'table', table: 'raci', header, rows: body, rowHeaders: true },
    ],
    lines: lines + 4,
  };
}

/**
 * The annex section "Inside the customer: departments (RACI)": printed only when the workspace has
 * departments; a legend of the letters, then per engagement whose customer has departments its RACI.
 */
export function buildRaciSection(
  workspace: Workspace,
  matrices: ReadonlyMap<string, Matrix>,
  labels: AnnexLabels,
): AnnexBlock[] {
  if (workspace.departments.length === 0) return [];
  const words = labels.raci;
  const tables = workspace.engagements.flatMap((engagement, index) => {
    const matrix = matrices.get(engagement.id);
    const table = matrix ? engagementRaci(workspace, engagement, index, matrix, labels) : null;
    return table ? [table] : [];
  });
  const legend = RACI_LETTERS.map((letter) => `${RACI_MARK[letter]} ${words.letter(letter)}`).join(
    labels.document.listSeparator,
  );
  const intro: AnnexBlock[] = [
    heading(words.heading, 1),
    { kind: 'paragraph', tone: 'body', text: words.intro },
    note(legend),
    note(words.ownerNote),
    note(words.derivedNote),
  ];
  const [first, ...rest] = tables;
  // The heading and legend stay with the first table when it is short enough to move whole.
  if (!first) return [keepTogether([...intro, note(words.none)], 10)];
  return [
    keepTogether([...intro, ...first.parts], first.lines + 10),
    ...rest.map((table) => keepTogether(table.parts, table.lines)),
  ];
}
