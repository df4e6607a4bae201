import { describe, expect, it } from 'vitest';
import { buildNamedWorkspace, PARTY } from '../../../tests/support/test-builders';
import type { Workspace } from '../workspace';
import { type Actor, adoptProposal, recordProposal } from './agreement-edits';
import { serialiseAgreedContent } from './canonical-content';
import { listContentItems } from './content-items';
import { findChangeAuthor, isSameContent, resolveRedline } from './redline';
import { mergeThreeWay } from './three-way-merge';

let counter = 0;
const actor = (partyId: string): Actor => ({
  partyId,
  at: '2026-01-01T00:00:00Z',
  newId: () => {
    counter += 1;
    return `id-${counter}`;
  },
});
const version = (w: Workspace, fingerprint: string) => ({
  fingerprint,
  content: serialiseAgreedContent(w),
});
const F = (c: string) => c.repeat(64);
const start = buildNamedWorkspace({ resourceService: 'iaas', mode: 'cloudService' });
const retitle = (w: Workspace, title: string): Workspace => ({
  ...w,
  contract: { ...w.contract, title },
});

describe('proposals between parties', () => {
  it('a counter-proposal keeps a rejected change out and names who made and who rejected it', () => {
    const proposal = recordProposal(
      { ...retitle(start, 'New'), contract: { ...start.contract, title: 'New', notes: 'n' } },
      actor(PARTY.customer),
      version(retitle(start, 'New'), F('1')),
    );
    const mineItems = listContentItems(start);
    const { changes } = mergeThreeWay(null, mineItems, listContentItems(proposal));
    expect(changes.map((c) => c.key)).toEqual(['contract/notes', 'contract/title']);
    const decisions = new Map([
      ['contract/notes', { action: 'reject' as const }],
      ['contract/title', { action: 'accept' as const }],
    ]);
    const result = resolveRedline(mineItems, changes, decisions);
    expect(isSameContent(result, listContentItems(proposal))).toBe(false);
    const answered = adoptProposal(
      start,
      proposal,
      { version: version(proposal, F('1')), proposerId: PARTY.customer },
      result,
      changes.map((change) => ({
        change,
        decision: decisions.get(change.key) ?? { action: 'accept' },
        comment: change.key === 'contract/notes' ? 'no notes' : '',
      })),
      actor(PARTY.provider),
    );
    expect(answered.contract).toMatchObject({ title: 'New', notes: '' });
    const rejected = answered.agreement?.events.find((e) => e.kind === 'rejected');
    expect(rejected).toMatchObject({
      partyId: PARTY.provider,
      authorPartyId: PARTY.customer,
      comment: 'no notes',
    });
    expect(answered.agreement?.comments.map((c) => c.text)).toEqual(['no notes']);
    expect(findChangeAuthor('contract/title', answered.agreement, '')).toBe(PARTY.customer);
    // Opening a proposal never overwrites the user's own work: undecided changes keep mine.
    expect(resolveRedline(mineItems, changes, new Map())).toEqual(mineItems);
  });
});
