import type { planEn } from './plan-en';

/** Chinese texts of the information-sharing plan view. */
export const planZhCn: Record<keyof typeof planEn, string> = {
  'plan.intro':
    '模型的第三个关键环节（§2.4）：各方相互传递三类安全信息，即资产的基本信息及变化、各方关键的行为活动、来自外部的重要情报。每一对参与方、每一类信息一行：传递什么、何时触发、多快送达、通过什么渠道。',
  'plan.derived':
    '推导：建议内容依据报告 §2.4 环节三及 §1.2 预先填写；触发条件、时限与渠道是本工具的建议。请按合同约定修改。',
  'plan.noParties':
    '尚未指定参与方。请先在“参与方与合作”视图中为每项合作指定云服务客户、云服务商和云安全厂商，之后本计划会建议谁向谁传递哪些信息。',
  'plan.noPairs':
    '尚无合作同时指定了云服务客户和云服务商或云安全厂商，因此没有可建议的信息通道。请在“参与方与合作”视图中指定，或在下方添加通道。',
  'plan.openParties': '打开“参与方与合作”',
  'plan.findings.headingPass': '通向云服务客户的信息通道：均已建立',
  'plan.findings.heading': '没有通向云服务客户的信息通道的参与方',
  'plan.findings.none': '每个负责或支撑某项内容的参与方，都有通向其所服务客户的信息通道。',
  'plan.finding':
    '{party}在{engagement}中负责或支撑某些内容，但没有向云服务客户（{customer}）传递安全信息。',
  'plan.finding.add': '添加从{party}到{customer}的信息通道',
  'plan.addedFor': '已添加 {count} 个从{party}到{customer}的信息通道。撤销可将其移除。',
  'plan.fill': '填入建议的信息通道',
  'plan.filled': '已添加 {count} 个建议的信息通道。撤销可将其移除。',
  'plan.nothingMissing': '没有缺少的建议通道：每条建议都已有对应的信息通道。',
  'plan.csv': '下载信息共享计划（CSV）',
  'plan.csvKind': '信息共享计划',
  'plan.pairHeading': '{from} → {to}',
  'plan.partyWithRoles': '{name}（{roles}）',
  'plan.textSeparator': '；',
  'plan.caption': '从{from}到{to}的信息通道',
  'plan.column.category': '信息类别',
  'plan.column.what': '传递内容',
  'plan.column.trigger': '触发条件',
  'plan.column.timeliness': '时限',
  'plan.column.medium': '渠道',
  'plan.column.actions': '操作',
  'plan.fieldLabel': '{field}，{category}，{from} → {to}',
  'plan.remove': '删除',
  'plan.removeLabel': '删除信息通道“{category}”，{from} → {to}',
  'plan.removed': '已删除信息通道。撤销可将其恢复。',
  'plan.noChannel': '尚无信息通道。',
  'plan.noSuggestion': '尚无信息通道；本计划在此不作建议。',
  'plan.addHere': '添加',
  'plan.addHereLabel': '添加信息通道“{category}”，{from} → {to}',
  'plan.add.heading': '添加信息通道',
  'plan.add.from': '传递方',
  'plan.add.to': '接收方',
  'plan.add.category': '信息类别',
  'plan.add.submit': '添加信息通道',
  'plan.add.sameParty': '参与方无需向自己传递信息：请选择两个不同的参与方。',
  'plan.added': '已添加从{from}到{to}的信息通道。',
  'plan.addedSuggested': '已添加从{from}到{to}的信息通道，并按建议预先填写。',
};
