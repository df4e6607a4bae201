import { describe, expect, it } from 'vitest';
import { buildAssignment } from '../../tests/support/test-builders';
import type { Assignment } from './assignment';
import { isLayerCovered } from './coverage';

const owner = (scope: Assignment['scope']) => buildAssignment({ duty: 'owner', scope });
const supporter = (scope: Assignment['scope']) =>
  buildAssignment({ duty: 'supporter', scope, via: 'securityService' });

describe('isLayerCovered', () => {
  it.each([
    { covered: true, when: 'an owner carries the whole layer', assignments: [owner('whole')] },
    {
      covered: true,
      when: 'owners carry both the service and its use',
      assignments: [owner('service'), owner('use')],
    },
    {
      covered: true,
      when: 'a whole owner sits beside supporters',
      assignments: [supporter('use'), owner('whole')],
    },
    { covered: false, when: 'no one holds anything', assignments: [] },
    { covered: false, when: 'only the service itself is owned', assignments: [owner('service')] },
    { covered: false, when: 'only the secure use is owned', assignments: [owner('use')] },
    {
      covered: false,
      when: 'a supporter carries the whole layer without an owner',
      assignments: [supporter('whole')],
    },
    {
      covered: false,
      when: 'the use is only supported, not owned',
      assignments: [owner('service'), supporter('use')],
    },
  ])('is $covered when $when', ({ covered, assignments }) => {
    expect(isLayerCovered(assignments)).toBe(covered);
  });
});
