import { catalogueZhCn } from './catalogue-zh-cn';
import { checksZhCn } from './checks-zh-cn';
import { detailZhCn } from './detail-zh-cn';
import type { Messages } from './en';
import { guideZhCn } from './guide-zh-cn';
import { pictureZhCn } from './picture-zh-cn';

/** Chinese (simplified) texts, in the report's own terms. */
export const zhCn: Messages = {
  ...catalogueZhCn,
  ...checksZhCn,
  ...detailZhCn,
  ...guideZhCn,
  ...pictureZhCn,
  'app.title': '云安全责任共担工作台',
  'app.subtitle': '依据《云安全责任共担模型》（2024，2.0 体系）厘清云安全各部分由谁负责',
  'app.skipToMatrix': '跳到责任矩阵',
  'language.label': '语言',
  'scenario.heading': '场景',
  'scenario.serviceType': '服务类型',
  'scenario.deliveryMode': '服务模式',
  'scenario.typicalCases': '如{cases}',
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
};
