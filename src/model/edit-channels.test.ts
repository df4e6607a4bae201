import { describe, expect, it } from 'vitest';
import { buildChannel, buildNamedWorkspace, PARTY } from '../../tests/support/test-builders';
import { addChannel, addChannels, removeChannel, updateChannel } from './edit-channels';

const workspace = buildNamedWorkspace({ resourceService: 'paas', mode: 'cloudService' });
const draft = {
  fromPartyId: PARTY.customer,
  toPartyId: PARTY.provider,
  category: 'assetFacts',
  what: 'exposed assets',
  trigger: 'change',
  timeliness: '5 days',
  medium: 'ticket',
} as const;

describe('addChannels', () => {
  it('gives each channel the next free id', () => {
    const next = addChannels(workspace, [draft, { ...draft, category: 'keyActivities' }]);
    expect(next.channels.map((c) => c.id).slice(-2)).toEqual(['channel-3', 'channel-4']);
    expect(next.channels.at(-1)).toMatchObject({ ...draft, category: 'keyActivities' });
  });

  it('skips an id that is taken', () => {
    const taken = { ...workspace, channels: [{ ...buildChannel('a', 'b'), id: 'channel-2' }] };
    expect(addChannel(taken, draft).channels.map((c) => c.id)).toEqual(['channel-2', 'channel-3']);
  });

  it('leaves the workspace as it was when nothing is added', () => {
    expect(addChannels(workspace, [])).toBe(workspace);
  });
});

describe('updateChannel and removeChannel', () => {
  const [first] = workspace.channels;
  const id = first?.id ?? '';

  it.each([
    { patch: { timeliness: '15 min' }, field: 'timeliness' },
    { patch: { what: 'alerts and detections' }, field: 'what' },
    { patch: { category: 'assetFacts' }, field: 'category' },
  ] as const)('changes $field of that channel only', ({ patch }) => {
    const next = updateChannel(workspace, id, patch);
    expect(next.channels[0]).toEqual({ ...first, ...patch });
    expect(next.channels[1]).toBe(workspace.channels[1]);
  });

  it.each([
    { name: 'the same text', channelId: id, patch: { timeliness: first?.timeliness } },
    { name: 'an unknown id', channelId: 'ghost', patch: { timeliness: 'now' } },
  ])('leaves no undo step for $name', ({ channelId, patch }) => {
    expect(updateChannel(workspace, channelId, patch)).toBe(workspace);
  });

  it('removes that channel, and nothing for an unknown id', () => {
    expect(removeChannel(workspace, id).channels).toEqual(workspace.channels.slice(1));
    expect(removeChannel(workspace, 'ghost')).toBe(workspace);
  });
});
