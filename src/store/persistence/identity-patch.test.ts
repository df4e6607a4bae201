import { describe, expect, it } from 'vitest';
import { setCellAssignments } from '@/model/edit-cells';
import { setContract } from '@/model/edit-contract';
import { addEngagement, removeEngagement, setDeliveryMode } from '@/model/edit-engagements';
import type { Workspace } from '@/model/workspace';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';
import { buildEngagement, buildNamedWorkspace } from '../../../tests/support/test-builders';
import { applyIdentityPatch, diffByIdentity } from './identity-patch';

const DEPTH = 3;
const named = buildNamedWorkspace({ resourceService: 'iaas', mode: 'cloudService' });
const base: Workspace = {
  ...named,
  engagements: [...named.engagements, buildEngagement({ id: 'engagement-2', name: 'Second' })],
};
const firstId = base.engagements[0]?.id ?? '';
const third = buildEngagement({ id: 'engagement-3', name: 'Third' });

// Edits as the app makes them, each giving a new workspace that shares what it did not change.
const EDITS: readonly [string, (w: Workspace) => Workspace][] = [
  ['nothing', (w) => w],
  ['the contract title', (w) => setContract(w, { title: 'Renamed' })],
  [
    'one cell',
    (w) =>
      setCellAssignments(
        w,
        { engagementId: firstId, rowId: 'businessData', role: 'provider' },
        [{ duty: 'supporter', scope: 'whole', via: 'opsService', basis: { source: 'override' } }],
        'Backups are in the ops contract',
      ),
  ],
  ['the delivery mode of one engagement', (w) => setDeliveryMode(w, firstId, 'managedDelivery')],
  ['an added engagement', (w) => addEngagement(w, third)],
  ['a removed engagement', (w) => removeEngagement(addEngagement(w, third), firstId)],
  [
    'several edits in a row',
    (w) => setContract(addEngagement(setContract(w, { notes: 'n' }), third), { version: '2' }),
  ],
];

describe('diffByIdentity and applyIdentityPatch', () => {
  it.each(EDITS)('rebuild the saved document after %s', (_name, edit) => {
    const previous = serialiseWorkspaceDocument(base);
    const next = serialiseWorkspaceDocument(edit(base));
    const patch = diffByIdentity(previous, next, DEPTH);
    // Sent between threads as a structured clone, as the autosave does.
    const rebuilt = applyIdentityPatch(structuredClone(previous), structuredClone(patch));
    expect(rebuilt).toEqual(next);
  });

  it('sends only what an edit replaced: one cell edit carries no engagement', () => {
    const [, editCell] = EDITS[2] as (typeof EDITS)[number];
    const patch = diffByIdentity(
      serialiseWorkspaceDocument(base),
      serialiseWorkspaceDocument(editCell(base)),
      DEPTH,
    );
    const text = JSON.stringify(patch);
    expect(text).toContain('Backups are in the ops contract');
    expect(text).not.toContain('"engagements"');
  });

  it('says nothing changed for the same value, and sends a new value whole below its depth', () => {
    expect(diffByIdentity(base, base, DEPTH)).toEqual({ kind: 'same' });
    expect(diffByIdentity({ a: { b: 1 } }, { a: { b: 2 } }, 1)).toEqual({
      kind: 'object',
      changed: [['a', { kind: 'value', value: { b: 2 } }]],
      removed: [],
    });
  });

  it('removes keys and shortens lists', () => {
    const patch = diffByIdentity({ a: 1, b: [1, 2, 3] }, { b: [1, 2] }, DEPTH);
    expect(applyIdentityPatch({ a: 1, b: [1, 2, 3] }, patch)).toEqual({ b: [1, 2] });
  });

  it('refuses a patch that does not fit the value it is applied to', () => {
    const patch = diffByIdentity({ a: { b: 1 } }, { a: { b: 2 } }, DEPTH);
    expect(() => applyIdentityPatch('not an object', patch)).toThrow(TypeError);
  });
});
