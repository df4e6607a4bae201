import type { ChannelCategory } from './principles';
import type { Role } from './roles';

/**
 * The six directions in which domain §5 suggests channels: between an engagement's customer and each
 * party that serves it (the operations-service provider counts as provider), and between its
 * provider and its security vendors (up- and downstream channels, §1.2).
 */
export const CHANNEL_DIRECTIONS = [
  'providerToCustomer',
  'customerToProvider',
  'vendorToCustomer',
  'customerToVendor',
  'providerToVendor',
  'vendorToProvider',
] as const;

/** One direction of domain §5's table: who passes information to whom. */
export type ChannelDirection = (typeof CHANNEL_DIRECTIONS)[number];

/** The roles at the two ends of each direction. */
export const DIRECTION_ROLES: Readonly<Record<ChannelDirection, { from: Role; to: Role }>> = {
  providerToCustomer: { from: 'provider', to: 'customer' },
  customerToProvider: { from: 'customer', to: 'provider' },
  vendorToCustomer: { from: 'securityVendor', to: 'customer' },
  customerToVendor: { from: 'customer', to: 'securityVendor' },
  providerToVendor: { from: 'provider', to: 'securityVendor' },
  vendorToProvider: { from: 'securityVendor', to: 'provider' },
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
 * category; the UI turns an id into its sentences. The table's empty cells (customer to security
 * vendor, external intelligence; asset facts between provider and security vendor) have no id.
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
  'providerToVendor.keyActivities',
  'providerToVendor.externalIntelligence',
  'vendorToProvider.keyActivities',
  'vendorToProvider.externalIntelligence',
] as const;

/** The id of one suggested channel of domain §5, e.g. `providerToCustomer.assetFacts`. */
export type ChannelSuggestionId = (typeof CHANNEL_SUGGESTION_IDS)[number];

/** The suggestion of domain §5 for a direction and category, or undefined for the table's "—". */
export function findSuggestionId(
  direction: ChannelDirection,
  category: ChannelCategory,
): ChannelSuggestionId | undefined {
  const id = `${direction}.${category}`;
  return (CHANNEL_SUGGESTION_IDS as readonly string[]).includes(id)
    ? (id as ChannelSuggestionId)
    : undefined;
}
