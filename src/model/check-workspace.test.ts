import { describe, expect, it } from 'vitest';
import {
  ALL_SCENARIOS,
  buildAssignment,
  buildChannel,
  buildEngagement,
  buildNamedWorkspace,
  buildOverride,
  cellRef,
  PARTY,
} from '../../tests/support/test-builders';
import { checkWorkspace } from './check-workspace';
import { addStandardDepartments } from './edit-departments';
import {
  restoreOperationsService,
  setDeliveryMode,
  setOperationsService,
} from './edit-engagements';
import { setJointResponse } from './joint-response';
import type { Workspace } from './workspace';

const IAAS_CLOUD = { resourceService: 'iaas', mode: 'cloudService' } as const;

function missingChannels(workspace: Workspace): string[] {
  return checkWorkspace(workspace)
    .filter((finding) => finding.code === 'no-information-channel')
    .map((finding) => finding.partyId ?? '')
    .sort();
}

describe('checkWorkspace on the baseline', () => {
  it.each(
    ALL_SCENARIOS.flatMap((scenario) => [
      { ...scenario, assured: true, services: 'with assurance services' },
      { ...scenario, assured: false, services: 'without assurance services' },
    ]),
  )(
    'finds nothing in $resourceService / $mode $services, with named parties and their channels (managed delivery without operations excepted)',
    ({ resourceService, mode, assured }) => {
      const workspace = buildNamedWorkspace({ resourceService, mode }, { assured });
      const expected = mode === 'managedDelivery' && !assured ? ['managed-without-operations'] : [];
      expect(checkWorkspace(workspace).map((f) => f.code)).toEqual(expected);
    },
  );
});

describe('managed-without-operations (reasonable responsibility)', () => {
  const managed = { resourceService: 'paas', mode: 'managedDelivery' } as const;
  const withoutOps = (): Workspace =>
    setOperationsService(buildNamedWorkspace(managed), 'engagement-1', null);

  it('fires as a warning when managed delivery has no operations service', () => {
    expect(checkWorkspace(withoutOps())).toEqual([
      {
        code: 'managed-without-operations',
        principle: 'reasonableResponsibility',
        severity: 'warning',
        engagementId: 'engagement-1',
      },
    ]);
  });

  it.each([
    { fix: 'adding the operations service back', edit: restoreOperationsService },
    {
      fix: 'switching to software delivery',
      edit: (w: Workspace, id: string) => setDeliveryMode(w, id, 'softwareDelivery'),
    },
  ])('is answered by $fix', ({ edit }) => {
    const fixed = edit(withoutOps(), 'engagement-1');
    expect(checkWorkspace(fixed).map((f) => f.code)).toEqual([]);
  });

  it.each(['cloudService', 'softwareDelivery'] as const)(
    'stays quiet in %s without an operations service',
    (mode) => {
      const workspace = buildNamedWorkspace({ resourceService: 'paas', mode });
      const without = setOperationsService(workspace, 'engagement-1', null);
      expect(checkWorkspace(without).map((f) => f.code)).toEqual([]);
    },
  );
});

describe('no-joint-response (transparent collaboration)', () => {
  const base = () => ({ ...buildNamedWorkspace(IAAS_CLOUD), jointResponses: [] });

  it('fires as a warning when an engagement with a security vendor has no joint response', () => {
    expect(checkWorkspace(base())).toEqual([
      {
        code: 'no-joint-response',
        principle: 'transparentCollaboration',
        severity: 'warning',
        engagementId: 'engagement-1',
      },
    ]);
  });

  it.each([
    { what: 'an entry naming who notifies whom', notification: 'vendor tells acme', fires: false },
    { what: 'an entry with no notification', notification: '  ', fires: true },
  ])('with $what, fires: $fires', ({ notification, fires }) => {
    const workspace = setJointResponse(base(), 'engagement-1', { notification });
    const codes = checkWorkspace(workspace).map((f) => f.code);
    expect(codes).toEqual(fires ? ['no-joint-response'] : []);
  });

  it('stays quiet for an engagement without a security vendor', () => {
    const workspace = buildNamedWorkspace(IAAS_CLOUD, { assured: false });
    expect(checkWorkspace(workspace)).toEqual([]);
  });
});

describe('no-information-channel (transparent collaboration)', () => {
  it('fires as a warning for the provider and the vendor when no channel reaches the customer', () => {
    const workspace = buildNamedWorkspace(IAAS_CLOUD, { channels: false });
    const findings = checkWorkspace(workspace).filter((f) => f.code === 'no-information-channel');
    expect(findings).toHaveLength(2);
    expect(findings).toEqual(
      expect.arrayContaining(
        [PARTY.provider, PARTY.vendor].map((partyId) => ({
          code: 'no-information-channel',
          principle: 'transparentCollaboration',
          severity: 'warning',
          engagementId: 'engagement-1',
          partyId,
        })),
      ),
    );
  });

  it('stays quiet with a channel from the provider and from the vendor to the customer', () => {
    expect(missingChannels(buildNamedWorkspace(IAAS_CLOUD))).toEqual([]);
  });

  it('does not count a channel that runs from the customer to the party', () => {
    const workspace = buildNamedWorkspace(IAAS_CLOUD, { channels: false });
    const reversed = {
      ...workspace,
      channels: [
        buildChannel(PARTY.customer, PARTY.provider),
        buildChannel(PARTY.vendor, PARTY.customer),
      ],
    };
    expect(missingChannels(reversed)).toEqual([PARTY.provider]);
  });

  it('asks for a channel from an operations provider that is a party of its own', () => {
    const workspace = buildNamedWorkspace(
      { resourceService: 'paas', mode: 'managedDelivery' },
      { channels: true },
    );
    const [engagement] = workspace.engagements;
    if (!engagement?.operationsService) throw new Error('managed delivery brings operations');
    const withOpsParty = {
      ...workspace,
      engagements: [
        {
          ...engagement,
          operationsService: { ...engagement.operationsService, providerPartyId: 'opsco' },
        },
      ],
    };
    expect(missingChannels(withOpsParty)).toEqual(['opsco']);
  });

  it('asks for a channel from a party that an override brings in', () => {
    const workspace = buildNamedWorkspace(IAAS_CLOUD);
    const override = buildOverride(cellRef('businessData', 'securityVendor'), [
      buildAssignment({
        duty: 'supporter',
        via: 'securityService',
        serviceId: 'security-1',
        partyId: 'auditco',
      }),
    ]);
    expect(missingChannels({ ...workspace, overrides: [override] })).toEqual(['auditco']);
  });

  it('stays quiet while the engagement names no customer to report to', () => {
    const workspace = buildNamedWorkspace(IAAS_CLOUD, { channels: false });
    const noCustomer = {
      ...workspace,
      engagements: workspace.engagements.map((e) => ({ ...e, customerPartyId: null })),
    };
    expect(missingChannels(noCustomer)).toEqual([]);
  });
});

describe('checkWorkspace across engagements', () => {
  it('checks every engagement with its own overrides and reports its id', () => {
    const workspace: Workspace = {
      ...buildNamedWorkspace(IAAS_CLOUD),
      engagements: [
        buildEngagement({ id: 'public' }),
        buildEngagement({ id: 'private', mode: 'softwareDelivery' }),
      ],
      overrides: [
        buildOverride(cellRef('businessData', 'customer', 'private'), [], ''),
        buildOverride(cellRef('businessData', 'customer', 'elsewhere'), [], ''),
      ],
    };
    expect(checkWorkspace(workspace).map((f) => [f.engagementId, f.code])).toEqual([
      ['private', 'layer-uncovered'],
      ['private', 'data-not-customer'],
      ['private', 'override-without-reason'],
    ]);
  });
});

describe('checkWorkspace and the departments of the customer', () => {
  it('adds the RACI findings of a customer that has departments', () => {
    const workspace = addStandardDepartments(buildNamedWorkspace(IAAS_CLOUD), PARTY.customer);
    const raci = checkWorkspace(workspace).filter((f) => f.code.startsWith('raci-'));
    expect(raci.map((f) => [f.rowId, f.code])).toEqual([
      ['businessData', 'raci-no-accountable'],
      ['applicationSoftware', 'raci-no-accountable'],
      ['platformSoftware', 'raci-no-accountable'],
      ['virtualization', 'raci-no-accountable'],
    ]);
  });
});
