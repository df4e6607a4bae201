import { CHANNEL_CATEGORIES } from './principles';
import { findChannelPairs, pairKey } from './suggest-channels';
import type { ChannelDirection } from './suggest-channels-table';
import type { InformationChannel, Workspace } from './workspace';

/** The channels from one party to another, as the plan shows and exports them. */
export interface ChannelGroup {
  readonly fromPartyId: string;
  readonly toPartyId: string;
  /** The directions of domain §5 the pair plays in the engagements; none for a pair the user added. */
  readonly directions: readonly ChannelDirection[];
  /** Sorted by category (asset facts, key activities, external intelligence, the user's own), then as entered. */
  readonly channels: readonly InformationChannel[];
}

const categoryOrder = (channel: InformationChannel) => CHANNEL_CATEGORIES.indexOf(channel.category);

/**
 * The information-sharing plan by pair: first the pairs the engagements call for (with or without
 * channels yet), then other pairs that have channels, in the order their first channel was entered.
 */
export function groupChannelsByPair(workspace: Workspace): ChannelGroup[] {
  const groups = new Map<
    string,
    { group: Omit<ChannelGroup, 'channels'>; channels: InformationChannel[] }
  >();
  for (const pair of findChannelPairs(workspace)) {
    groups.set(pairKey(pair.fromPartyId, pair.toPartyId), { group: pair, channels: [] });
  }
  for (const channel of workspace.channels) {
    const key = pairKey(channel.fromPartyId, channel.toPartyId);
    const entry = groups.get(key) ?? {
      group: { fromPartyId: channel.fromPartyId, toPartyId: channel.toPartyId, directions: [] },
      channels: [],
    };
    entry.channels.push(channel);
    groups.set(key, entry);
  }
  return [...groups.values()].map(({ group, channels }) => ({
    fromPartyId: group.fromPartyId,
    toPartyId: group.toPartyId,
    directions: group.directions,
    // A stable sort keeps channels of one category in the order they were entered.
    channels: [...channels].sort((a, b) => categoryOrder(a) - categoryOrder(b)),
  }));
}
