import type { InformationCategory } from './principles';
import type { Role } from './roles';

/**
 * The four directions in which domain §5 suggests channels, each between an engagement's customer
 * and one of the parties that serve it (the operations-service provider counts as provider).
 */
export const CHANNEL_DIRECTIONS = [
  'providerToCustomer',
  'customerToProvider',
  'vendorToCustomer',
  'customerToVendor',
] as const;

/** One direction of domain §5's table: who passes information to whom. */
export type ChannelDirection = (typeof CHANNEL_DIRECTIONS)[number];

/** The roles at the two ends of each direction. */
export const DIRECTION_ROLES: Readonly<Record<ChannelDirection, { from: Role; to: Role }>> = {
  providerToCustomer: { from: 'provider', to: 'customer' },
  customerToProvider: { from: 'customer', to: 'provider' },
  vendorToCustomer: { from: 'securityVendor', to: 'customer' },
  customerToVendor: { from: 'customer', to: 'securityVendor' },
};

/**
 * The roles a party plays at one end of a pair: those of the pair's §5 directions or, for a pair
 * the engagements do not call for, the roles the party holds.
 */
export function rolesAtEnd(
  directions: readonly ChannelDirection[],
  end: 'from' | 'to',
  held: readonly Role[],
): Role[] {
  const played = directions.map((direction) => DIRECTION_ROLES[direction][end]);
  return [...new Set(played.length > 0 ? played : held)];
}

/**
 * The ids of the suggestions of domain §5 [derived from §2.4 link 3 and §1.2], one per direction and
 * category; the UI turns an id into its sentences. The table's one empty cell (customer to security
 * vendor, external intelligence) has no id.
 */
export const CHANNEL_SUGGESTION_IDS = [
  'providerToCustomer.assetFacts',
  'providerToCustomer.keyActivities',
  'providerToCustomer.externalIntelligence',
  'customerToProvider.assetFacts',
  'customerToProvider.keyActivities',
  'customerToProvider.externalIntelligence',
  'vendorToCustomer.assetFacts',
  'vendorToCustomer.keyActivities',
  'vendorToCustomer.externalIntelligence',
  'customerToVendor.assetFacts',
  'customerToVendor.keyActivities',
] as const;

/** The id of one suggested channel of domain §5, e.g. `providerToCustomer.assetFacts`. */
export type ChannelSuggestionId = (typeof CHANNEL_SUGGESTION_IDS)[number];

/** The suggestion of domain §5 for a direction and category, or undefined for the table's "—". */
export function findSuggestionId(
  direction: ChannelDirection,
  category: InformationCategory,
): ChannelSuggestionId | undefined {
  const id = `${direction}.${category}`;
  return (CHANNEL_SUGGESTION_IDS as readonly string[]).includes(id)
    ? (id as ChannelSuggestionId)
    : undefined;
}
