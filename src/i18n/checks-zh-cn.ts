import type { checksEn } from './checks-en';

/** Chinese texts of the checks area. */
export const checksZhCn: Record<keyof typeof checksEn, string> = {
  'checks.heading': '原则检查',
  'checks.intro': '编辑责任矩阵时，系统按四大基本原则实时检查。',
  'checks.summaryAllPass': '四大基本原则全部通过，无错误、无警告。',
  'checks.summaryIssues': '发现 {counts}，涉及四大基本原则中的 {principles} 项。',
  'checks.statusPassed': '通过',
  'checks.errorsOne': '1 个错误',
  'checks.errorsOther': '{count} 个错误',
  'checks.warningsOne': '1 个警告',
  'checks.warningsOther': '{count} 个警告',
  'checks.countsJoin': '{errors}、{warnings}',
  'checks.nothingToFix': '该原则下没有需要处理的问题。',
  'checks.showAll': '显示全部 {count} 个问题',
  'checks.showFewer': '仅显示前 {count} 个',
  'checks.showCellHint': '在责任矩阵中定位到该单元格。',
  'checks.inEngagement': '{engagement}：{detail}',
  'checks.unnamedEngagement': '合作 {number}',
  'checks.assuranceRow': '{service}自身',
  'checks.detail.layer-uncovered':
    '{row}：没有角色对整层负责，“服务自身”与“安全使用”也未同时有负责方。',
  'checks.detail.data-not-customer':
    '{row}在“{customer}”列没有负责项。业务数据安全始终应由云服务客户负责。',
  'checks.detail.facility-not-provider': '{row}：云服务模式下，物理基础设施应仅由{provider}负责。',
  'checks.detail.supporter-without-service':
    '“{row}”行、“{role}”列：支撑项未指明保障类服务，或该服务的范围不包含此层。',
  'checks.detail.supporter-outside-customer-duty':
    '{row}：此处设有支撑方，但云服务客户在该层没有负责事项可供支撑。',
  'checks.detail.override-without-reason': '“{row}”行、“{role}”列：与基线不同，但未填写调整理由。',
  'checks.detail.no-information-channel':
    '{party}承担负责或支撑事项，但没有向云服务客户传递安全信息的渠道。',
  'checks.detail.managed-without-operations':
    '云软件交付+服务托管模式即采购云运维运营服务（§2.3.2）；缺少该服务时，矩阵实为云软件交付模式。',
  'checks.detail.no-joint-response':
    '该合作有云服务商和云安全厂商，但信息共享计划未约定发生安全事件时由谁通知谁、时限多长、由谁协调（§1.2、§2.2）。',
  'checks.fix.restoreOperations': '重新加入云运维运营服务',
  'checks.fix.switchToSoftwareDelivery': '改为云软件交付模式',
  'checks.fix.addJointResponse': '添加联动处置安排',
  'checks.fix.done': '已处理，可撤销。',
  'checks.goto.channel': '前往“信息共享”添加信息通道',
  'checks.goto.jointResponse': '前往“信息共享”的安全事件联动处置',
  'checks.goto.raci': '前往“部门分工（RACI）”中的该行',
  'checks.goto.operations': '前往“参与方与合作”的云运维运营服务',
  'checks.goto.services': '前往“参与方与合作”添加云安全服务',
  'checks.detail.raci-no-accountable': '{row}：{party}没有部门“问责（A）”。',
  'checks.detail.raci-several-accountable': '{row}：{party}有多个部门“问责（A）”，请只保留一个。',
  'checks.detail.raci-without-duty': '{row}：{party}在此已无职责，但其部门仍有 RACI 分工。',
};
