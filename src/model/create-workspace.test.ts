import { describe, expect, it } from 'vitest';
import { ALL_SCENARIOS } from '../../tests/support/test-builders';
import {
  createDefaultOperationsService,
  createEngagement,
  createWorkspace,
  nextId,
} from './create-workspace';

describe('createWorkspace and createEngagement', () => {
  it.each(ALL_SCENARIOS)(
    'starts a workspace for $resourceService / $mode with one unnamed engagement and nothing else',
    (scenario) => {
      const workspace = createWorkspace(scenario);
      expect(workspace).toMatchObject({
        contract: { title: '', version: '', date: '', notes: '' },
        parties: [],
        overrides: [],
        channels: [],
      });
      expect(workspace.engagements).toEqual([createEngagement('engagement-1', '', scenario)]);
    },
  );

  it.each(ALL_SCENARIOS)(
    'brings an operations service only into managed delivery, for $resourceService / $mode',
    (scenario) => {
      const engagement = createEngagement('e', 'E', scenario);
      expect(engagement).toMatchObject({
        ...scenario,
        customerPartyId: null,
        providerPartyId: null,
        securityServices: [],
      });
      expect(engagement.operationsService).toEqual(
        scenario.mode === 'managedDelivery'
          ? { id: 'e-ops', providerPartyId: null, layers: 'default' }
          : null,
      );
    },
  );

  it('runs the default operations service by the engagement provider', () => {
    expect(createDefaultOperationsService({ id: 'gov', providerPartyId: 'cloudco' })).toEqual({
      id: 'gov-ops',
      providerPartyId: 'cloudco',
      layers: 'default',
    });
  });
});

describe('nextId', () => {
  it.each([
    { existing: [], expected: 'party-1' },
    { existing: ['party-1', 'party-2'], expected: 'party-3' },
    { existing: ['party-1', 'party-3'], expected: 'party-4' },
  ])('gives $expected after $existing', ({ existing, expected }) => {
    expect(nextId('party', existing)).toBe(expected);
  });

  it.each([
    { existing: ['party-2'] },
    { existing: ['party-2', 'party-3'] },
    { existing: ['engagement-1', 'party-2'] },
    { existing: ['party-9', 'party-1', 'party-3', 'party-4'] },
  ])('never gives an id that is taken, here among $existing', ({ existing }) => {
    const id = nextId('party', existing);
    expect(id).toMatch(/^party-\d+$/);
    expect(existing).not.toContain(id);
  });
});
