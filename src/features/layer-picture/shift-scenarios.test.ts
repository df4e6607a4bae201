import { describe, expect, it } from 'vitest';
import type { Scenario } from '@/model/assurance-scope';
import { createEngagement } from '@/model/create-workspace';
import { setScenario } from '@/model/edit-engagements';
import type { Engagement, Workspace } from '@/model/workspace';
import { deriveShiftEngagement, deriveShiftScenarios } from './shift-scenarios';

describe('deriveShiftScenarios', () => {
  it.each([
    [
      'the three modes of the current service type',
      { resourceService: 'paas', mode: 'cloudService' },
      'modes',
      [
        { resourceService: 'paas', mode: 'cloudService' },
        { resourceService: 'paas', mode: 'softwareDelivery' },
        { resourceService: 'paas', mode: 'managedDelivery' },
      ],
    ],
    [
      'the three service types of the current mode',
      { resourceService: 'paas', mode: 'managedDelivery' },
      'serviceTypes',
      [
        { resourceService: 'iaas', mode: 'managedDelivery' },
        { resourceService: 'paas', mode: 'managedDelivery' },
        { resourceService: 'saas', mode: 'managedDelivery' },
      ],
    ],
  ] as const)('gives %s', (_name, current, comparison, scenarios) => {
    expect(deriveShiftScenarios(current, comparison)).toEqual(scenarios);
  });
});

const plain = createEngagement('e1', 'Web shop', { resourceService: 'iaas', mode: 'cloudService' });
const assured: Engagement = {
  ...createEngagement('e1', 'Records', { resourceService: 'saas', mode: 'managedDelivery' }),
  customerPartyId: 'p-customer',
  providerPartyId: 'p-provider',
  securityServices: [{ id: 's1', vendorPartyId: 'p-vendor', layers: ['businessData'] }],
};
const withOps: Engagement = {
  ...plain,
  operationsService: { id: 'ops-9', providerPartyId: null, layers: 'default' },
};
const targets: Scenario[] = [
  { resourceService: 'iaas', mode: 'cloudService' },
  { resourceService: 'paas', mode: 'softwareDelivery' },
  { resourceService: 'saas', mode: 'managedDelivery' },
];

function switched(engagement: Engagement, scenario: Scenario): Engagement | undefined {
  const workspace: Workspace = {
    contract: { title: '', version: '', date: '', notes: '' },
    parties: [],
    engagements: [engagement],
    overrides: [],
    channels: [],
    departments: [],
    raci: [],
    jointResponses: [],
  };
  return setScenario(workspace, engagement.id, scenario).engagements[0];
}

describe('deriveShiftEngagement', () => {
  it.each(
    [plain, assured, withOps].flatMap((engagement) =>
      targets.map((scenario) => [engagement.name, engagement, scenario] as const),
    ),
  )('gives what switching %s to %j would give', (_name, engagement, scenario) => {
    expect(deriveShiftEngagement(engagement, scenario)).toEqual(switched(engagement, scenario));
  });

  it('drops the operations service in software delivery, which does not offer one', () => {
    const scenario = { resourceService: 'iaas', mode: 'softwareDelivery' } as const;
    expect(deriveShiftEngagement(withOps, scenario).operationsService).toBeNull();
  });
});
