import { describe, expect, it } from 'vitest';
import { type FindingCode, type FindingLocation, makeFinding } from '@/model/findings';
import { findingPlaceOf } from './finding-place';

describe('findingPlaceOf', () => {
  it.each<
    [string, FindingCode, Omit<FindingLocation, 'engagementId'>, string | null, string | null]
  >([
    [
      'sends a missing channel to the plan',
      'no-information-channel',
      { partyId: 'p1' },
      'plan',
      'plan-add-from',
    ],
    [
      'sends a missing joint response to the plan',
      'no-joint-response',
      {},
      'plan',
      'plan-joint-heading',
    ],
    [
      'sends a RACI finding to its row',
      'raci-no-accountable',
      { rowId: 'businessData' },
      'departments',
      'raci-e1-businessData',
    ],
    [
      'sends a lost operations service to the engagement card',
      'managed-without-operations',
      {},
      'parties',
      'engagement-operations-e1',
    ],
    [
      'sends a supporter without a service to the engagement card',
      'supporter-without-service',
      { rowId: 'facility' },
      'parties',
      'engagement-heading-e1',
    ],
    [
      'leaves a cell finding to its cell',
      'override-without-reason',
      { rowId: 'facility' },
      null,
      null,
    ],
  ])('%s', (_name, code, location, view, targetId) => {
    const place = findingPlaceOf(makeFinding(code, { engagementId: 'e1', ...location }));
    expect(place?.view ?? null).toBe(view);
    expect(place?.targetId ?? null).toBe(targetId);
  });
});
