/** Keys of the workbook's own words. */
export type WorkbookKey =
  | 'workbook.sheet.contract'
  | 'workbook.sheet.matrix'
  | 'workbook.sheet.rows'
  | 'workbook.sheet.partyDuties'
  | 'workbook.sheet.deviations'
  | 'workbook.sheet.plan'
  | 'workbook.sheet.raci'
  | 'workbook.sheet.checks'
  | 'workbook.sheet.signOff'
  | 'workbook.column.engagement'
  | 'workbook.column.party'
  | 'workbook.column.role'
  | 'workbook.column.duty'
  | 'workbook.column.changed'
  | 'workbook.column.reason'
  | 'workbook.column.severity'
  | 'workbook.column.principle'
  | 'workbook.column.finding'
  | 'workbook.column.where'
  | 'workbook.column.signerName'
  | 'workbook.column.signerTitle'
  | 'workbook.column.from'
  | 'workbook.column.to'
  | 'workbook.column.department'
  | 'workbook.column.letters'
  | 'workbook.legend.owner'
  | 'workbook.legend.supporter'
  | 'workbook.nothing'
  | 'workbook.signOffNote';

/** English words of the workbook (sheet names at most 31 characters); the rest is the annex's and the CSV's. */
export const workbookEn = {
  'workbook.sheet.contract': 'Contract',
  'workbook.sheet.matrix': 'Matrix {n}',
  'workbook.sheet.rows': 'All rows',
  'workbook.sheet.partyDuties': 'Duties by party',
  'workbook.sheet.deviations': 'Deviations',
  'workbook.sheet.plan': 'Information sharing',
  'workbook.sheet.raci': 'Departments (RACI)',
  'workbook.sheet.checks': 'Checks',
  'workbook.sheet.signOff': 'Sign-off',
  'workbook.column.engagement': 'Engagement',
  'workbook.column.party': 'Party',
  'workbook.column.role': 'Role',
  'workbook.column.duty': 'Duty',
  'workbook.column.changed': 'Changed',
  'workbook.column.reason': 'Basis or reason',
  'workbook.column.severity': 'Severity',
  'workbook.column.principle': 'Principle',
  'workbook.column.finding': 'Finding',
  'workbook.column.where': 'Where',
  'workbook.column.signerName': 'Name of signatory',
  'workbook.column.signerTitle': 'Title',
  'workbook.column.from': 'From',
  'workbook.column.to': 'To',
  'workbook.column.department': 'Department',
  'workbook.column.letters': 'RACI',
  'workbook.legend.owner': 'Tinted blue: the role owns (carries the duty)',
  'workbook.legend.supporter': 'Tinted yellow: the role only supports the owner',
  'workbook.nothing': 'Nothing to list.',
  'workbook.signOffNote':
    'Each party signs the same version of this workbook; any later change to the matrices, the plan or the contract fields voids the signatures.',
} as const satisfies Record<WorkbookKey, string>;
