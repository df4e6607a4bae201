// A contract as the annex tests need it: Chinese party names with characters outside GB2312
// (镕 in 朱镕基, 喆 in 陶喆), an emoji in a reason, overrides with and without a reason, and findings.
import type { Workspace } from '@/model/workspace';

/** Two engagements (public-cloud IaaS with a security and an operations service; government SaaS). */
export function annexWorkspace(): Workspace {
  return {
    contract: {
      title: '华东区域云平台服务合同',
      version: '2.1',
      date: '2024-06-30',
      notes: '本附件为合同不可分割的组成部分。Annex to the master agreement.',
    },
    parties: [
      { id: 'customer', name: '陶喆文化传媒有限公司', roles: ['customer'] },
      { id: 'cloud', name: '云帆计算有限公司', roles: ['provider', 'securityVendor'] },
      { id: 'vendor', name: '朱镕基网络安全实验室', roles: ['securityVendor'] },
    ],
    engagements: [
      {
        id: 'e1',
        name: '公有云主机',
        resourceService: 'iaas',
        mode: 'cloudService',
        customerPartyId: 'customer',
        providerPartyId: 'cloud',
        securityServices: [{ id: 's1', vendorPartyId: 'vendor', layers: 'default' }],
        operationsService: { id: 'ops1', providerPartyId: 'cloud', layers: 'default' },
      },
      {
        id: 'e2',
        name: '政务云办公系统',
        resourceService: 'saas',
        mode: 'managedDelivery',
        customerPartyId: 'customer',
        providerPartyId: 'cloud',
        securityServices: [],
        operationsService: { id: 'ops2', providerPartyId: 'cloud', layers: 'default' },
      },
    ],
    overrides: [
      {
        engagementId: 'e1',
        rowId: 'applicationSoftware',
        role: 'provider',
        assignments: [
          {
            duty: 'supporter',
            scope: 'whole',
            via: 'opsService',
            serviceId: 'ops1',
            partyId: 'cloud',
            basis: { source: 'override' },
          },
        ],
        reason: '客户应用由服务商代为运维 👍',
      },
      {
        engagementId: 'e2',
        rowId: 'facility',
        role: 'provider',
        assignments: [
          { duty: 'owner', scope: 'whole', partyId: 'cloud', basis: { source: 'override' } },
        ],
        reason: '',
      },
    ],
    channels: [
      {
        id: 'c1',
        fromPartyId: 'cloud',
        toPartyId: 'customer',
        category: 'keyActivities',
        what: '平台事件与维护窗口',
        trigger: '事件发生',
        timeliness: '1 小时内',
        medium: '工单',
      },
    ],
    departments: [],
    raci: [],
    jointResponses: [
      {
        engagementId: 'e1',
        notification: '发现安全事件的一方通知陶喆文化传媒有限公司及其他各方',
        timeliness: '1 小时内',
        coordinatorPartyId: 'customer',
      },
    ],
  };
}

/** The same contract with one engagement only, for the file-size check. */
export function singleEngagementWorkspace(): Workspace {
  const workspace = annexWorkspace();
  return {
    ...workspace,
    engagements: workspace.engagements.slice(0, 1),
    overrides: workspace.overrides.filter((override) => override.engagementId === 'e1'),
  };
}
