import { catalogueZhCn } from './catalogue-zh-cn';
import { checksZhCn } from './checks-zh-cn';
import { detailZhCn } from './detail-zh-cn';
import type { Messages } from './en';
import { persistenceZhCn } from './persistence-zh-cn';
import { pictureZhCn } from './picture-zh-cn';

/** Chinese (simplified) texts, in the report's own terms. */
export const zhCn: Messages = {
  ...catalogueZhCn,
  ...checksZhCn,
  ...detailZhCn,
  ...pictureZhCn,
  ...persistenceZhCn,
  'app.title': '云安全责任共担工作台',
  'app.subtitle': '依据《云安全责任共担模型》（2024，2.0 体系）厘清云安全各部分由谁负责',
  'app.skipToMatrix': '跳到责任矩阵',
  'language.label': '语言',
  'history.label': '编辑历史',
  'history.undo': '撤销',
  'history.redo': '重做',
  'notice.ignoredParam': '地址中的参数 {param}={value} 无法识别，已改用默认值显示。',
  'notice.dismiss': '关闭',
  'scenario.heading': '场景',
  'scenario.serviceType': '服务类型',
  'scenario.deliveryMode': '服务模式',
  'scenario.typicalCases': '如{cases}',
  'scenario.serviceTypeHint': '资源类服务：选择本次合作采购的一种。',
  'scenario.securityServiceHint':
    '向云安全厂商采购，协助云服务客户保护自身负责的对象，不转移安全责任。',
  'scenario.opsServiceHint':
    '向云服务商采购，对客户使用的资源进行监控、维护和运营，不转移安全责任。',
  'scenario.opsServiceUnavailable':
    '云软件交付模式不提供：采购运维运营服务即成为云软件交付+服务托管模式。',
  'scenario.coverage': '{service}覆盖的资产层',
  'scenario.notSupportedHere': '该模式下不支撑',
  'scenario.coverageDefault': '当前场景的默认覆盖范围。',
  'scenario.coverageCustom': '按合同选定的覆盖范围。',
  'scenario.coverageReset': '恢复默认',
  'matrix.heading': '责任矩阵',
  'matrix.caption': '{serviceType} · {mode}：各方责任',
  'matrix.layerColumn': '资产层',
  'matrix.empty': '无责任',
  'matrix.legend': '图例',
  'matrix.legendOwner': '承担该项责任',
  'matrix.legendSupporter': '按合同协助负责方履行责任',
  'matrix.basisReport': '报告 {section}',
  'matrix.basisDerived': '依据 {section} 推导',
  'matrix.basisOverride': '按合同调整',
  'matrix.cellLabel': '{role}，{row}',
  'matrix.changed': '已调整',
  'matrix.serviceItself': '{service}自身',
  'matrix.serviceItselfHint': '服务质量及服务本身的安全',
  'matrix.toolbar': '矩阵操作',
  'matrix.noChanges': '基线，未调整',
  'matrix.changedCount': '已有 {count} 个单元格偏离基线',
  'matrix.resetAll': '全部恢复基线',
};
