import type { CrosswalkKey } from './crosswalk-en';

/** Chinese words of the crosswalk; the external values follow in brackets, verbatim. */
export const crosswalkZhCn: Record<CrosswalkKey, string> = {
  'crosswalk.column': '其他框架对照（推导）',
  'crosswalk.ccmColumn': 'CSA CCM v4 SSRM 责任归属',
  'crosswalk.fedrampColumn': 'FedRAMP CRM：可否继承',
  'crosswalk.sharedColumn': '云服务商文档用语',
  'crosswalk.none': '—（无负责方）',
  'crosswalk.thirdPartySupport': '第三方支撑',
  'crosswalk.ccm.CSP-owned': '云服务商负责（CSP-owned）',
  'crosswalk.ccm.CSC-owned': '云服务客户负责（CSC-owned）',
  'crosswalk.ccm.Shared CSP and CSC': '云服务商与云服务客户共担（Shared CSP and CSC）',
  'crosswalk.ccm.Shared CSP and 3rd-party': '云服务商与第三方共担（Shared CSP and 3rd-party）',
  'crosswalk.ccm.3rd-party outsourced': '外包给第三方（3rd-party outsourced）',
  'crosswalk.fedramp.Yes': '可继承（Yes）',
  'crosswalk.fedramp.No': '不可继承（No）',
  'crosswalk.fedramp.Partial': '部分可继承（Partial）',
  'crosswalk.shared.Provider': '云服务商（Provider）',
  'crosswalk.shared.Customer': '云服务客户（Customer）',
  'crosswalk.shared.Shared': '共担（Shared）',
  'crosswalk.shared.Third party': '第三方（Third party）',
  'crosswalk.derivedNote':
    '推导：本工具按每行的负责方（不含支撑方）给出 CSA CCM v4、FedRAMP 和云服务商文档的对应用语，仅供对照，不取代报告的表述。',
  'crosswalk.ccmNote':
    'CCM 的“3rd-party”取值指云服务商把自身责任外包给第三方，而不是云安全厂商为云服务客户提供支撑；云服务客户与云安全厂商共同负责的行记为“CSC-owned”，并注明“第三方支撑”。',
};
