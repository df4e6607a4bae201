import {
  type ChannelCategory,
  INFORMATION_CATEGORIES,
  type InformationCategory,
} from './principles';
import {
  type ChannelDirection,
  type ChannelSuggestionId,
  findSuggestionId,
} from './suggest-channels-table';
import type { Engagement, Workspace } from './workspace';

/**
 * An ordered pair of parties that should pass information to each other (domain §5): the directions
 * of the table it plays, and the engagements that make it so.
 */
export interface ChannelPair {
  readonly fromPartyId: string;
  readonly toPartyId: string;
  readonly directions: readonly ChannelDirection[];
  readonly engagementIds: readonly string[];
}

/**
 * A channel the plan lacks: from one party to another for one category, with the §5 suggestions that
 * fill it in. Several ids when one party plays two directions (a provider that is also the security
 * vendor); none for a blank channel.
 */
export interface ChannelSuggestion {
  readonly fromPartyId: string;
  readonly toPartyId: string;
  readonly category: ChannelCategory;
  readonly suggestionIds: readonly ChannelSuggestionId[];
}

/** A key for an ordered pair of parties. */
export function pairKey(fromPartyId: string, toPartyId: string): string {
  return `${fromPartyId}\u0000${toPartyId}`;
}

/**
 * The directed links of one engagement: its customer with its provider, ops provider and vendors, and
 * its provider with its vendors.
 */
function engagementLinks(engagement: Engagement) {
  const customer = engagement.customerPartyId;
  if (customer === null) return [];
  const providers = [engagement.providerPartyId, engagement.operationsService?.providerPartyId];
  const vendors = engagement.securityServices.map((s) => s.vendorPartyId);
  const links: [string, string, ChannelDirection][] = [];
  for (const provider of providers) {
    if (provider === null || provider === undefined) continue;
    links.push(
      [provider, customer, 'providerToCustomer'],
      [customer, provider, 'customerToProvider'],
    );
  }
  for (const vendor of vendors) {
    if (vendor === null) continue;
    links.push([vendor, customer, 'vendorToCustomer'], [customer, vendor, 'customerToVendor']);
    // Up- and downstream (§1.2): the platform and the protection on it must handle incidents jointly.
    const provider = engagement.providerPartyId;
    if (provider !== null) {
      links.push([provider, vendor, 'providerToVendor'], [vendor, provider, 'vendorToProvider']);
    }
  }
  // A party holding two roles in one engagement needs no channel to itself.
  return links.filter(([from, to]) => from !== to);
}

/**
 * The ordered pairs of parties that the engagements of a workspace call for, in the order of the
 * engagements and, within one, provider then security vendor, each to and from the customer, then
 * each security vendor with the provider.
 */
export function findChannelPairs(workspace: Workspace): ChannelPair[] {
  const pairs = new Map<
    string,
    { from: string; to: string; directions: Set<ChannelDirection>; engagementIds: Set<string> }
  >();
  for (const engagement of workspace.engagements) {
    for (const [from, to, direction] of engagementLinks(engagement)) {
      const key = pairKey(from, to);
      const pair = pairs.get(key) ?? { from, to, directions: new Set(), engagementIds: new Set() };
      pair.directions.add(direction);
      pair.engagementIds.add(engagement.id);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()].map((pair) => ({
    fromPartyId: pair.from,
    toPartyId: pair.to,
    directions: [...pair.directions],
    engagementIds: [...pair.engagementIds],
  }));
}

function suggestionIdsOf(
  directions: readonly ChannelDirection[],
  category: ChannelCategory,
): ChannelSuggestionId[] {
  return directions.flatMap((direction) => findSuggestionId(direction, category) ?? []);
}

function hasChannel(
  workspace: Workspace,
  from: string,
  to: string,
  category: InformationCategory,
): boolean {
  return workspace.channels.some(
    (c) => c.fromPartyId === from && c.toPartyId === to && c.category === category,
  );
}

/**
 * The suggested channels of domain §5 that a workspace lacks: per pair its engagements call for and
 * per category with a suggestion, unless the pair already has a channel of that category.
 */
export function suggestChannels(workspace: Workspace): ChannelSuggestion[] {
  return findChannelPairs(workspace).flatMap((pair) =>
    INFORMATION_CATEGORIES.flatMap((category): ChannelSuggestion[] => {
      const suggestionIds = suggestionIdsOf(pair.directions, category);
      if (suggestionIds.length === 0) return [];
      if (hasChannel(workspace, pair.fromPartyId, pair.toPartyId, category)) return [];
      return [
        { fromPartyId: pair.fromPartyId, toPartyId: pair.toPartyId, category, suggestionIds },
      ];
    }),
  );
}

/** The §5 suggestions for one pair and category, whether or not it has a channel already. */
export function findSuggestionIds(
  workspace: Workspace,
  fromPartyId: string,
  toPartyId: string,
  category: ChannelCategory,
): ChannelSuggestionId[] {
  const pair = findChannelPairs(workspace).find(
    (p) => p.fromPartyId === fromPartyId && p.toPartyId === toPartyId,
  );
  return pair ? suggestionIdsOf(pair.directions, category) : [];
}

/**
 * What answers a missing channel from one party to another (the `no-information-channel` check):
 * the suggestions that pair lacks or, when §5 suggests none for it, one blank channel for key
 * activities, so there is always something to add.
 */
export function suggestChannelsFor(
  workspace: Workspace,
  fromPartyId: string,
  toPartyId: string,
): ChannelSuggestion[] {
  const missing = suggestChannels(workspace).filter(
    (s) => s.fromPartyId === fromPartyId && s.toPartyId === toPartyId,
  );
  if (missing.length > 0) return missing;
  return [{ fromPartyId, toPartyId, category: 'keyActivities', suggestionIds: [] }];
}
