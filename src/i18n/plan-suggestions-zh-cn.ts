import type { ChannelSuggestionId } from '@/model/suggest-channels-table';
import type { SuggestionTexts } from './plan-suggestions-en';

/** Chinese texts of the suggested channels (what: domain §5; the rest: this workbench's suggestion). */
export const planSuggestionsZhCn: Readonly<Record<ChannelSuggestionId, SuggestionTexts>> = {
  'providerToCustomer.assetFacts': {
    what: '云服务的变更与下线；已披露漏洞影响哪些云服务',
    trigger: '云服务发生变更或计划下线；漏洞被披露',
    timeliness: '变更与下线提前 30 天；受影响服务 24 小时内',
    medium: '控制台通知及发给安全联系人的电子邮件',
  },
  'providerToCustomer.keyActivities': {
    what: '平台安全事件、维护窗口、云服务商人员访问租户资源',
    trigger: '平台发生安全事件；计划维护；人员访问租户资源',
    timeliness: '安全事件 1 小时内；维护提前 72 小时；访问即时告知',
    medium: '服务健康页面、工单，重大事件电话通知',
  },
  'providerToCustomer.externalIntelligence': {
    what: '勒索软件与威胁预警、漏洞通告',
    trigger: '出现涉及客户所用云服务的威胁或漏洞',
    timeliness: '发布后 24 小时内',
    medium: '门户网站安全公告及电子邮件',
  },
  'customerToProvider.assetFacts': {
    what: '暴露在互联网上的资产、安全联系人',
    trigger: '资产开放或停止互联网访问；联系人变更',
    timeliness: '变更后 5 个工作日内',
    medium: '控制台设置或工单',
  },
  'customerToProvider.keyActivities': {
    what: '对云服务商运维操作的授权；对托管变更的审批',
    trigger: '云服务商申请操作客户资源或变更托管系统',
    timeliness: '操作或变更开始之前',
    medium: '附书面审批的工单',
  },
  'customerToProvider.externalIntelligence': {
    what: '发现的可能波及整个平台的攻击',
    trigger: '发现可能影响平台或其他租户的攻击',
    timeliness: '发现后 2 小时内',
    medium: '安全工单及电话热线',
  },
  'vendorToCustomer.assetFacts': {
    what: '各资产的防护覆盖情况',
    trigger: '防护覆盖发生变化，或资产失去防护',
    timeliness: '24 小时内；每月提交完整报告',
    medium: '云安全服务控制台及月度报告',
  },
  'vendorToCustomer.keyActivities': {
    what: '告警、检测与处置动作；云安全服务自身的安全事件',
    trigger: '产生告警或检测结果；采取处置动作；服务自身发生事件',
    timeliness: '高危告警 15 分钟内；服务自身事件 1 小时内',
    medium: '告警控制台，高危电话通知，事件报告',
  },
  'vendorToCustomer.externalIntelligence': {
    what: '威胁情报',
    trigger: '出现涉及客户资产或所在行业的情报',
    timeliness: '发布后 24 小时内',
    medium: '威胁情报订阅或通告',
  },
  'customerToVendor.assetFacts': {
    what: '资产清单及其变化',
    trigger: '资产新增、变更或下线',
    timeliness: '变更后 5 个工作日内',
    medium: '云安全服务控制台中的资产清单',
  },
  'customerToVendor.keyActivities': {
    what: '授权范围；安全目标的变化',
    trigger: '授权范围或安全目标发生变化',
    timeliness: '变化生效之前',
    medium: '电子邮件或工单书面通知',
  },
  'providerToVendor.keyActivities': {
    what: '影响云安全厂商对客户防护的平台安全事件（经云服务客户授权）',
    trigger: '平台安全事件涉及受防护资产，且云服务客户已授权共享',
    timeliness: '确认后 1 小时内',
    medium: '安全工单及电话热线，抄送云服务客户',
  },
  'providerToVendor.externalIntelligence': {
    what: '平台中已披露的漏洞',
    trigger: '出现云安全厂商的防护需要考虑的平台漏洞',
    timeliness: '披露后 24 小时内',
    medium: '电子邮件安全通告',
  },
  'vendorToProvider.keyActivities': {
    what: '发现的来自客户资产、针对平台的攻击',
    trigger: '检测到来自客户资产、指向平台的流量或行为',
    timeliness: '发现后 2 小时内',
    medium: '安全工单，抄送云服务客户',
  },
  'vendorToProvider.externalIntelligence': {
    what: '与平台相关的威胁情报',
    trigger: '出现涉及客户所用平台的情报',
    timeliness: '发布后 24 小时内',
    medium: '电子邮件威胁情报通告',
  },
};
