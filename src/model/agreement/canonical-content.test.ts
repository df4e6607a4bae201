import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAssignment,
  buildNamedWorkspace,
  buildOverride,
  cellRef,
  PARTY,
} from '../../../tests/support/test-builders';
import type { Workspace } from '../workspace';
import { EMPTY_AGREEMENT } from './agreement';
import { canonicalJson, parseAgreedContent, serialiseAgreedContent } from './canonical-content';
import { listContentItems } from './content-items';

const workspace: Workspace = {
  ...buildNamedWorkspace({ resourceService: 'paas', mode: 'cloudService' }),
  contract: { title: 'Bank core', version: '1.2', date: '2026-01-02', notes: '' },
  overrides: [
    buildOverride(cellRef('businessData', 'provider'), [
      buildAssignment({ via: 'opsService', scope: 'use' }),
      buildAssignment({ scope: 'service' }),
    ]),
  ],
};

// Rebuilds a value with its object keys in a shuffled order (arrays keep their order).
function reorderKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => reorderKeys(item, seed + i));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const rotated = entries.map((_, i) => entries[(i + seed) % entries.length] as [string, unknown]);
  if (seed % 2 === 1) rotated.reverse();
  return Object.fromEntries(rotated.map(([k, v]) => [k, reorderKeys(v, seed + 1)]));
}

describe('canonical serialisation of the agreed content', () => {
  it('does not depend on the order of object keys', () => {
    fc.assert(
      fc.property(fc.nat(50), (seed) => {
        const shuffled = reorderKeys(workspace, seed) as Workspace;
        expect(serialiseAgreedContent(shuffled)).toBe(serialiseAgreedContent(workspace));
      }),
    );
  });

  it('does not depend on the order of records or of sets such as roles and assignments', () => {
    const reordered: Workspace = {
      ...workspace,
      parties: [...workspace.parties].reverse(),
      channels: [...workspace.channels].reverse(),
      overrides: workspace.overrides.map((o) => ({
        ...o,
        assignments: [...o.assignments].reverse(),
      })),
    };
    expect(serialiseAgreedContent(reordered)).toBe(serialiseAgreedContent(workspace));
  });

  it('leaves out comments, signatures and the record of proposals', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, name) => {
        const negotiated: Workspace = {
          ...workspace,
          agreement: {
            ...EMPTY_AGREEMENT,
            comments: [
              { id: 'c', itemKey: 'contract/title', partyId: PARTY.customer, at: '', text },
            ],
            signatures: [
              { partyId: PARTY.vendor, name, title: '', date: '', at: '', fingerprint: 'x' },
            ],
          },
        };
        expect(serialiseAgreedContent(negotiated)).toBe(serialiseAgreedContent(workspace));
      }),
    );
  });

  it.each([
    [
      'a contract field',
      (w: Workspace): Workspace => ({ ...w, contract: { ...w.contract, notes: 'x' } }),
    ],
    [
      'a cell reason',
      (w: Workspace): Workspace => ({
        ...w,
        overrides: w.overrides.map((o) => ({ ...o, reason: 'other' })),
      }),
    ],
    ['a channel', (w: Workspace): Workspace => ({ ...w, channels: w.channels.slice(1) })],
    [
      'a department',
      (w: Workspace): Workspace => ({
        ...w,
        departments: [{ id: 'd', partyId: PARTY.customer, kind: 'security', name: '' }],
      }),
    ],
  ])('changes when %s changes', (_, edit) => {
    expect(serialiseAgreedContent(edit(workspace))).not.toBe(serialiseAgreedContent(workspace));
  });

  it('reads back the items it wrote', () => {
    const text = serialiseAgreedContent(workspace);
    const items = parseAgreedContent(text);
    expect([...items.keys()].sort()).toEqual([...listContentItems(workspace).keys()].sort());
    expect(canonicalJson(items.get('contract/title'))).toBe('"Bank core"');
  });
});
