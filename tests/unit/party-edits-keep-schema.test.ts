import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngagement, nextId } from '@/model/create-workspace';
import { DELIVERY_MODES } from '@/model/delivery-modes';
import {
  addSecurityServiceWithVendor,
  findAllServiceIds,
  setEngagementParties,
  setOperationsProvider,
  setSecurityServiceVendor,
  shareSecurityService,
} from '@/model/edit-engagement-parties';
import {
  addEngagement,
  removeEngagement,
  removeSecurityService,
  renameEngagement,
  setDeliveryMode,
} from '@/model/edit-engagements';
import { addParty, removeParty, renameParty, setPartyRoles } from '@/model/edit-parties';
import { ROLES } from '@/model/roles';
import type { Workspace } from '@/model/workspace';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';
import { arbitraryWorkspace } from '../support/arbitrary-workspace';

// An edit picks its party, engagement and service by index, so it always finds something to act on
// in whatever workspace the edits before it left behind.
type Edit = (workspace: Workspace) => Workspace;
const pick = <T>(items: readonly T[], index: number): T | undefined => items[index % items.length];

function arbitraryEdit(): fc.Arbitrary<Edit> {
  const n = fc.nat({ max: 9 });
  const party = (w: Workspace, i: number) => pick(w.parties, i)?.id ?? null;
  const engagement = (w: Workspace, i: number) => pick(w.engagements, i)?.id ?? '';
  const service = (w: Workspace, i: number) => pick(findAllServiceIds(w), i) ?? '';
  return fc.oneof(
    fc.tuple(n, fc.string()).map(
      ([i, name]): Edit =>
        (w) =>
          renameParty(w, party(w, i) ?? '', name),
    ),
    fc.tuple(n, fc.subarray([...ROLES])).map(
      ([i, roles]): Edit =>
        (w) =>
          setPartyRoles(w, party(w, i) ?? '', roles),
    ),
    fc.string({ minLength: 1 }).map(
      (name): Edit =>
        (w) =>
          addParty(w, {
            id: nextId(
              'party',
              w.parties.map((p) => p.id),
            ),
            name,
            roles: ['provider'],
          }),
    ),
    n.map(
      (i): Edit =>
        (w) =>
          removeParty(w, party(w, i) ?? ''),
    ),
    fc.tuple(n, n, n).map(
      ([e, c, p]): Edit =>
        (w) =>
          setEngagementParties(w, engagement(w, e), {
            customerPartyId: party(w, c),
            providerPartyId: party(w, p),
          }),
    ),
    fc.tuple(n, n).map(
      ([e, p]): Edit =>
        (w) =>
          setOperationsProvider(w, engagement(w, e), party(w, p)),
    ),
    fc.tuple(n, n).map(
      ([s, p]): Edit =>
        (w) =>
          setSecurityServiceVendor(w, service(w, s), party(w, p)),
    ),
    fc.tuple(n, n).map(
      ([s, e]): Edit =>
        (w) =>
          shareSecurityService(w, service(w, s), engagement(w, e)),
    ),
    fc.tuple(n, n).map(
      ([e, p]): Edit =>
        (w) =>
          addSecurityServiceWithVendor(w, engagement(w, e), party(w, p)),
    ),
    fc.tuple(n, n).map(
      ([e, s]): Edit =>
        (w) =>
          removeSecurityService(w, engagement(w, e), service(w, s)),
    ),
    fc.tuple(n, fc.constantFrom(...DELIVERY_MODES)).map(
      ([e, mode]): Edit =>
        (w) =>
          setDeliveryMode(w, engagement(w, e), mode),
    ),
    fc.tuple(n, fc.string()).map(
      ([e, name]): Edit =>
        (w) =>
          renameEngagement(w, engagement(w, e), name),
    ),
    fc.constant<Edit>((w) =>
      addEngagement(
        w,
        createEngagement(
          nextId(
            'engagement',
            w.engagements.map((e) => e.id),
          ),
          '',
          {
            resourceService: 'iaas',
            mode: 'cloudService',
          },
        ),
      ),
    ),
    n.map(
      (i): Edit =>
        (w) =>
          removeEngagement(w, engagement(w, i)),
    ),
  );
}

// Model edits cannot use the schema (dependency rules), so this check of both lives here.
describe('party and engagement edits', () => {
  it('keep every workspace loadable from its saved form', () => {
    fc.assert(
      fc.property(
        arbitraryWorkspace(),
        fc.array(arbitraryEdit(), { maxLength: 12 }),
        (start, edits) => {
          let workspace = start;
          for (const edit of edits) {
            workspace = edit(workspace);
            const parsed = parseWorkspaceDocument(serialiseWorkspaceDocument(workspace));
            expect(parsed.ok ? [] : parsed.issues).toEqual([]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
