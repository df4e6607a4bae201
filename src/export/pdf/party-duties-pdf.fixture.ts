import type { PartyDutyGroup } from '@/model/party-duties';
import {
  buildAssignment,
  buildEngagement,
  buildOverride,
  buildParty,
  buildSecurityService,
  buildWorkspace,
  cellRef,
} from '@/model/test-builders';
import type { Workspace } from '@/model/workspace';
import type { PartyDutiesPdfLabels } from './party-duties-pdf';

/** A contract where 华云科技 is provider and security vendor of one engagement and customer of another. */
export function partyDutiesWorkspace(): Workspace {
  return buildWorkspace(
    [
      buildEngagement({
        id: 'e1',
        name: '公有云主机',
        customerPartyId: 'bank',
        providerPartyId: 'cloud',
        securityServices: [buildSecurityService({ id: 's1', vendorPartyId: 'cloud' })],
      }),
      buildEngagement({
        id: 'e2',
        name: 'Office SaaS',
        resourceService: 'saas',
        customerPartyId: 'cloud',
        providerPartyId: 'soft',
      }),
    ],
    {
      contract: { title: '华东区域云平台服务合同', version: '2.1', date: '2026-11-28', notes: '' },
      parties: [
        { ...buildParty('bank', ['customer']), name: '某银行' },
        { ...buildParty('cloud', ['provider', 'securityVendor', 'customer']), name: '华云科技' },
        { ...buildParty('soft', ['provider']), name: 'SoftCo' },
      ],
      overrides: [
        buildOverride(
          cellRef('businessData', 'provider', 'e1'),
          [buildAssignment({ scope: 'use' })],
          'Backups under annex B',
        ),
      ],
    },
  );
}

/** English labels that spell ids plainly, so a test can find each cell's words. */
export function partyDutiesLabelsEn(party: string, summary: string): PartyDutiesPdfLabels {
  return {
    title: `Duties of ${party}`,
    subtitle: 'Shared responsibility: what one party owes',
    summary,
    nothing: `${party} carries no duty.`,
    legend: 'Legend: owner and supporter marks.',
    contract: {
      heading: 'Contract',
      title: 'Title',
      version: 'Version',
      date: 'Date',
      notSet: 'not set',
    },
    columns: {
      row: 'Layer or service',
      role: 'Role',
      duty: 'Duty',
      scope: 'Scope',
      via: 'Carried by',
      basis: 'Basis',
      reason: 'Reason',
    },
    pageOf: (page, count) => `Page ${page} of ${count}`,
    engagement: (group: PartyDutyGroup) =>
      `Engagement ${group.index + 1}: ${group.engagement.name}`,
    engagementNote: (group) => `acts as ${group.roles.join(' and ')}`,
    dutyLetter: (duty) => (duty === 'owner' ? 'O' : 'S'),
    line: (line) => ({
      row: line.row.id,
      role: line.role,
      duty: line.assignment.duty,
      scope: line.assignment.scope,
      via: line.assignment.via ?? '-',
      basis:
        line.assignment.basis.source === 'override'
          ? 'contract'
          : `${line.assignment.basis.source} ${line.assignment.basis.section}`,
      changed: line.changed ? 'yes' : 'no',
      reason: line.reason.kind === 'override' ? line.reason.text : `rule ${line.reason.rule}`,
      baseline: line.changed ? `baseline ${line.baseline.length}` : '',
    }),
    signature: {
      heading: `Signed for ${party}`,
      name: 'Name',
      signature: 'Signature',
      date: 'Date',
    },
  };
}
