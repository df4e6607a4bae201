import { findRaciRowState } from '@/model/check-departments';
import { deriveRaciRows, findCustomerDepartments, lettersOf } from '@/model/customer-duties';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import type { Workspace } from '@/model/workspace';
import { assignmentsWords, engagementTitle, rowName } from '../annex/annex-names';
import type { WorkbookLabels } from './workbook-labels';
import { type SheetHeading, tableSheet, type WorkbookSheet } from './workbook-sheet';

/**
 * The customer's departments (RACI): a row per customer duty and department with its letters, and
 * the duty's check. Engagements whose customer has no departments have no rows.
 */
export function raciSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex } = labels;
  const words = annex.raci;
  const body = workspace.engagements.flatMap((engagement, index) => {
    const departments = findCustomerDepartments(workspace, engagement);
    const matrix = deriveMatrixMemo(engagement, workspace.overrides);
    return deriveRaciRows(workspace, engagement, matrix).flatMap((raciRow) =>
      departments.map((department) => {
        const letters = lettersOf(raciRow, department.id);
        return [
          engagementTitle(engagement, index, annex),
          `${rowName(raciRow.row, engagement, annex)}\n${assignmentsWords(raciRow.row.cells.customer.assignments, annex)}`,
          department.name.trim() || words.kind(department.kind),
          letters.length === 0
            ? words.empty
            : letters.map((letter) => words.letter(letter)).join(annex.document.listSeparator),
          words.state(findRaciRowState(raciRow)),
        ];
      }),
    );
  });
  const header = [
    labels.column.engagement,
    words.duty,
    labels.column.department,
    labels.column.letters,
    words.check,
  ];
  return tableSheet(labels.sheet.raci, heading, header, body, [24, 36, 20, 28, 24], labels);
}
