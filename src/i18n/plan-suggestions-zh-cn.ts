import type { planSuggestionsEn } from './plan-suggestions-en';

/** Chinese texts of the suggested channels and joint response (what: domain §5; the rest: this workbench's suggestion). */
export const planSuggestionsZhCn: Record<keyof typeof planSuggestionsEn, string> = {
  'planSuggestion.providerToCustomer.assetFacts.what':
    '云服务的变更与下线；已披露漏洞影响哪些云服务',
  'planSuggestion.providerToCustomer.assetFacts.trigger': '云服务发生变更或计划下线；漏洞被披露',
  'planSuggestion.providerToCustomer.assetFacts.timeliness':
    '变更与下线提前 30 天；受影响服务 24 小时内',
  'planSuggestion.providerToCustomer.assetFacts.medium': '控制台通知及发给安全联系人的电子邮件',
  'planSuggestion.providerToCustomer.keyActivities.what':
    '平台安全事件、维护窗口、云服务商人员访问租户资源',
  'planSuggestion.providerToCustomer.keyActivities.trigger':
    '平台发生安全事件；计划维护；人员访问租户资源',
  'planSuggestion.providerToCustomer.keyActivities.timeliness':
    '安全事件 1 小时内；维护提前 72 小时；访问即时告知',
  'planSuggestion.providerToCustomer.keyActivities.medium': '服务健康页面、工单，重大事件电话通知',
  'planSuggestion.providerToCustomer.externalIntelligence.what': '勒索软件与威胁预警、漏洞通告',
  'planSuggestion.providerToCustomer.externalIntelligence.trigger':
    '出现涉及客户所用云服务的威胁或漏洞',
  'planSuggestion.providerToCustomer.externalIntelligence.timeliness': '发布后 24 小时内',
  'planSuggestion.providerToCustomer.externalIntelligence.medium': '门户网站安全公告及电子邮件',
  'planSuggestion.customerToProvider.assetFacts.what': '暴露在互联网上的资产、安全联系人',
  'planSuggestion.customerToProvider.assetFacts.trigger': '资产开放或停止互联网访问；联系人变更',
  'planSuggestion.customerToProvider.assetFacts.timeliness': '变更后 5 个工作日内',
  'planSuggestion.customerToProvider.assetFacts.medium': '控制台设置或工单',
  'planSuggestion.customerToProvider.keyActivities.what':
    '对云服务商运维操作的授权；对托管变更的审批',
  'planSuggestion.customerToProvider.keyActivities.trigger':
    '云服务商申请操作客户资源或变更托管系统',
  'planSuggestion.customerToProvider.keyActivities.timeliness': '操作或变更开始之前',
  'planSuggestion.customerToProvider.keyActivities.medium': '附书面审批的工单',
  'planSuggestion.customerToProvider.externalIntelligence.what': '发现的可能波及整个平台的攻击',
  'planSuggestion.customerToProvider.externalIntelligence.trigger':
    '发现可能影响平台或其他租户的攻击',
  'planSuggestion.customerToProvider.externalIntelligence.timeliness': '发现后 2 小时内',
  'planSuggestion.customerToProvider.externalIntelligence.medium': '安全工单及电话热线',
  'planSuggestion.vendorToCustomer.assetFacts.what': '各资产的防护覆盖情况',
  'planSuggestion.vendorToCustomer.assetFacts.trigger': '防护覆盖发生变化，或资产失去防护',
  'planSuggestion.vendorToCustomer.assetFacts.timeliness': '24 小时内；每月提交完整报告',
  'planSuggestion.vendorToCustomer.assetFacts.medium': '云安全服务控制台及月度报告',
  'planSuggestion.vendorToCustomer.keyActivities.what':
    '告警、检测与处置动作；云安全服务自身的安全事件',
  'planSuggestion.vendorToCustomer.keyActivities.trigger':
    '产生告警或检测结果；采取处置动作；服务自身发生事件',
  'planSuggestion.vendorToCustomer.keyActivities.timeliness':
    '高危告警 15 分钟内；服务自身事件 1 小时内',
  'planSuggestion.vendorToCustomer.keyActivities.medium': '告警控制台，高危电话通知，事件报告',
  'planSuggestion.vendorToCustomer.externalIntelligence.what': '威胁情报',
  'planSuggestion.vendorToCustomer.externalIntelligence.trigger':
    '出现涉及客户资产或所在行业的情报',
  'planSuggestion.vendorToCustomer.externalIntelligence.timeliness': '发布后 24 小时内',
  'planSuggestion.vendorToCustomer.externalIntelligence.medium': '威胁情报订阅或通告',
  'planSuggestion.customerToVendor.assetFacts.what': '资产清单及其变化',
  'planSuggestion.customerToVendor.assetFacts.trigger': '资产新增、变更或下线',
  'planSuggestion.customerToVendor.assetFacts.timeliness': '变更后 5 个工作日内',
  'planSuggestion.customerToVendor.assetFacts.medium': '云安全服务控制台中的资产清单',
  'planSuggestion.customerToVendor.keyActivities.what': '授权范围；安全目标的变化',
  'planSuggestion.customerToVendor.keyActivities.trigger': '授权范围或安全目标发生变化',
  'planSuggestion.customerToVendor.keyActivities.timeliness': '变化生效之前',
  'planSuggestion.customerToVendor.keyActivities.medium': '电子邮件或工单书面通知',
  'planSuggestion.providerToVendor.keyActivities.what':
    '影响云安全厂商对客户防护的平台安全事件（经云服务客户授权）',
  'planSuggestion.providerToVendor.keyActivities.trigger':
    '平台安全事件涉及受防护资产，且云服务客户已授权共享',
  'planSuggestion.providerToVendor.keyActivities.timeliness': '确认后 1 小时内',
  'planSuggestion.providerToVendor.keyActivities.medium': '安全工单及电话热线，抄送云服务客户',
  'planSuggestion.providerToVendor.externalIntelligence.what': '平台中已披露的漏洞',
  'planSuggestion.providerToVendor.externalIntelligence.trigger':
    '出现云安全厂商的防护需要考虑的平台漏洞',
  'planSuggestion.providerToVendor.externalIntelligence.timeliness': '披露后 24 小时内',
  'planSuggestion.providerToVendor.externalIntelligence.medium': '电子邮件安全通告',
  'planSuggestion.vendorToProvider.keyActivities.what': '发现的来自客户资产、针对平台的攻击',
  'planSuggestion.vendorToProvider.keyActivities.trigger':
    '检测到来自客户资产、指向平台的流量或行为',
  'planSuggestion.vendorToProvider.keyActivities.timeliness': '发现后 2 小时内',
  'planSuggestion.vendorToProvider.keyActivities.medium': '安全工单，抄送云服务客户',
  'planSuggestion.vendorToProvider.externalIntelligence.what': '与平台相关的威胁情报',
  'planSuggestion.vendorToProvider.externalIntelligence.trigger': '出现涉及客户所用平台的情报',
  'planSuggestion.vendorToProvider.externalIntelligence.timeliness': '发布后 24 小时内',
  'planSuggestion.vendorToProvider.externalIntelligence.medium': '电子邮件威胁情报通告',
  'planSuggestion.jointResponse.notification':
    '发现安全事件的一方通知云服务客户及本合作的其他各方（云服务商与云安全厂商之间的通报须经云服务客户授权），由云服务客户协调联动处置。',
  'planSuggestion.jointResponse.timeliness': '发现后 1 小时内首次通报；处置结束前每 4 小时通报进展',
};
