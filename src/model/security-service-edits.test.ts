import { describe, expect, it } from 'vitest';
import {
  buildEngagement,
  buildSecurityService,
  buildWorkspace,
} from '../../tests/support/test-builders';
import { addSecurityServiceWithVendor, shareSecurityService } from './edit-engagement-parties';
import { addSecurityService, removeSecurityServices } from './edit-engagements';
import { MAX_SECURITY_SERVICES_PER_ENGAGEMENT, type Workspace } from './workspace';

function withServices(count: number): Workspace {
  const full = {
    ...buildEngagement({ id: 'e1' }),
    securityServices: Array.from({ length: count }, (_, i) =>
      buildSecurityService({ id: `s${i}` }),
    ),
  };
  const other = {
    ...buildEngagement({ id: 'e2' }),
    securityServices: [buildSecurityService({ id: 'shared' })],
  };
  return buildWorkspace([full, other]);
}

const EDITS = [
  [
    'addSecurityService',
    (w: Workspace) => addSecurityService(w, 'e1', buildSecurityService({ id: 'new' })),
  ],
  ['addSecurityServiceWithVendor', (w: Workspace) => addSecurityServiceWithVendor(w, 'e1', null)],
  ['shareSecurityService', (w: Workspace) => shareSecurityService(w, 'shared', 'e1')],
] as const;

describe('the cap of security services per engagement', () => {
  it.each(EDITS)('%s adds one below the cap', (_name, edit) => {
    const before = withServices(MAX_SECURITY_SERVICES_PER_ENGAGEMENT - 1);
    expect(edit(before).engagements[0]?.securityServices).toHaveLength(
      MAX_SECURITY_SERVICES_PER_ENGAGEMENT,
    );
  });

  it.each(EDITS)('%s leaves a full engagement as it is', (_name, edit) => {
    const full = withServices(MAX_SECURITY_SERVICES_PER_ENGAGEMENT);
    expect(edit(full)).toBe(full);
  });
});

describe('removeSecurityServices', () => {
  it('removes every security service of one engagement and leaves the other alone', () => {
    const next = removeSecurityServices(withServices(3), 'e1');
    expect(next.engagements.map((e) => e.securityServices.length)).toEqual([0, 1]);
  });

  it('changes nothing where the engagement has none', () => {
    const workspace = removeSecurityServices(withServices(0), 'e1');
    expect(removeSecurityServices(workspace, 'e1')).toBe(workspace);
  });
});
