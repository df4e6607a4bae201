import type { findingsEn } from './findings-en';

/** Chinese names of the checks' findings, in the words of the checks panel. */
export const findingsZhCn: Readonly<Record<keyof typeof findingsEn, string>> = {
  'finding.layer-uncovered': '该层缺少完整的负责方',
  'finding.data-not-customer': '业务数据未由云服务客户负责',
  'finding.facility-not-provider': '云服务模式下机房基础设施未由云服务商负责',
  'finding.supporter-without-service': '支撑方缺少在范围内的保障类服务',
  'finding.supporter-outside-customer-duty': '支撑方所在层云服务客户无负责事项',
  'finding.override-without-reason': '偏离基线但未说明理由',
  'finding.no-information-channel': '该方与云服务客户之间缺少信息传递渠道',
  'finding.managed-without-operations': '云软件交付+服务托管模式下缺少云运维运营服务',
  'finding.no-joint-response': '各方之间缺少安全事件联动处置安排',
  'finding.raci-no-accountable': '客户职责未指定问责部门',
  'finding.raci-several-accountable': '客户职责有多个问责部门',
  'finding.raci-without-duty': '客户无职责处仍有部门分工',
};
