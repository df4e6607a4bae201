type WorkbookKey =
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

// The workbook's own words (sheet names at most 31 characters); the rest is the annex's and the CSV's.
const en: Record<WorkbookKey, string> = {
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
};

const zhCn: Record<WorkbookKey, string> = {
  'workbook.sheet.contract': '合同',
  'workbook.sheet.matrix': '责任矩阵 {n}',
  'workbook.sheet.rows': '明细',
  'workbook.sheet.partyDuties': '各方责任清单',
  'workbook.sheet.deviations': '与基线的调整',
  'workbook.sheet.plan': '信息共享计划',
  'workbook.sheet.raci': '部门分工（RACI）',
  'workbook.sheet.checks': '原则检查',
  'workbook.sheet.signOff': '签署',
  'workbook.column.engagement': '合作',
  'workbook.column.party': '参与方',
  'workbook.column.role': '主体角色',
  'workbook.column.duty': '责任',
  'workbook.column.changed': '已调整',
  'workbook.column.reason': '依据或理由',
  'workbook.column.severity': '级别',
  'workbook.column.principle': '原则',
  'workbook.column.finding': '检查结果',
  'workbook.column.where': '位置',
  'workbook.column.signerName': '签署人姓名',
  'workbook.column.signerTitle': '职务',
  'workbook.column.from': '发送方',
  'workbook.column.to': '接收方',
  'workbook.column.department': '部门',
  'workbook.column.letters': 'RACI',
  'workbook.legend.owner': '蓝色底纹：该角色负责（承担责任）',
  'workbook.legend.supporter': '黄色底纹：该角色仅为负责方提供支撑',
  'workbook.nothing': '无。',
  'workbook.signOffNote':
    '各方签署本工作簿的同一版本；此后对责任矩阵、信息共享计划或合同信息的任何修改都会使签署失效。',
};

/** The workbook's words in both languages, for useSectionT. */
export const WORKBOOK_MESSAGES = { en, 'zh-CN': zhCn };

/** A translate function over the workbook's words. */
export type WorkbookTranslate = (
  key: WorkbookKey,
  params?: Readonly<Record<string, string | number>>,
) => string;
