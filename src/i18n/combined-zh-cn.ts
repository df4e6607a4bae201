import type { combinedEn } from './combined-en';

/** Chinese texts of the combined view of all engagements. */
export const combinedZhCn: Record<keyof typeof combinedEn, string> = {
  'combined.intro':
    '每项合作的责任矩阵各成一表。可用筛选条件缩小显示的行；选择单元格即可在该合作的责任矩阵中打开。在表格内可用方向键在单元格之间移动。',
  'combined.filters': '筛选',
  'combined.party': '参与方',
  'combined.anyParty': '全部参与方',
  'combined.role': '主体角色',
  'combined.anyRole': '全部角色',
  'combined.roleHint': '仅显示该角色承担责任的行；其他筛选条件随后只针对该角色的单元格。',
  'combined.layer': '资产层',
  'combined.anyLayer': '全部资产层',
  'combined.overriddenOnly': '仅显示偏离基线的单元格',
  'combined.findingsOnly': '仅显示有检查问题的单元格',
  'combined.clear': '清除筛选',
  'combined.count': '显示 {shown} / {total} 行，涉及 {engagements} / {allEngagements} 项合作。',
  'combined.noMatch': '没有符合这些筛选条件的行。',
  'combined.noEngagements': '此工作区还没有合作。',
  'combined.cellLabel': '{engagement}：{role}，{row}。在责任矩阵中打开',
  'combined.carriedBy': '由 {party} 承担',
  'combined.finding': '{severity}：{finding}',
  'combined.rendering': '已显示前 {shown} 项合作（共 {total} 项），其余随后显示。',
};
