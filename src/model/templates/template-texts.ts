import type { InformationCategory } from '../principles';

/** The named parties the templates use; generic names, never a real company. */
export const TEMPLATE_PARTY_KEYS = [
  'bank',
  'publicCloud',
  'securityCompany',
  'retailer',
  'saasProvider',
  'softwareSupplier',
  'dataBureau',
  'governmentCloud',
  'group',
  'cloudA',
  'cloudB',
  'vendorA',
  'vendorB',
  'softwareCompany',
  'hospital',
] as const;

/** One of the templates' parties. */
export type TemplatePartyKey = (typeof TEMPLATE_PARTY_KEYS)[number];

/** The engagements the templates use. */
export const TEMPLATE_ENGAGEMENT_KEYS = [
  'publicIaas',
  'publicSaas',
  'privateCloud',
  'governmentCloud',
  'multiCloudPublic',
  'multiCloudPrivate',
  'resellerHosting',
  'resellerSaas',
] as const;

/** One of the templates' engagements. */
export type TemplateEngagementKey = (typeof TEMPLATE_ENGAGEMENT_KEYS)[number];

/**
 * The ordered pairs of roles that pass information in the suggested plan (domain §5): each sends the
 * categories listed for it.
 */
export const CHANNEL_CATEGORIES_OF = {
  providerToCustomer: ['assetFacts', 'keyActivities', 'externalIntelligence'],
  customerToProvider: ['assetFacts', 'keyActivities', 'externalIntelligence'],
  vendorToCustomer: ['assetFacts', 'keyActivities', 'externalIntelligence'],
  customerToVendor: ['assetFacts', 'keyActivities'],
} as const satisfies Readonly<Record<string, readonly InformationCategory[]>>;

/** Who sends to whom: provider to customer, customer to provider, vendor to customer, customer to vendor. */
export type ChannelPair = keyof typeof CHANNEL_CATEGORIES_OF;

/** A pair and one of the categories it sends, e.g. `vendorToCustomer.keyActivities`. */
export type ChannelKind = {
  [P in ChannelPair]: `${P}.${(typeof CHANNEL_CATEGORIES_OF)[P][number]}`;
}[ChannelPair];

/** Every pair and category of the suggested plan. */
export const CHANNEL_KINDS: readonly ChannelKind[] = (
  Object.keys(CHANNEL_CATEGORIES_OF) as ChannelPair[]
).flatMap((pair) =>
  CHANNEL_CATEGORIES_OF[pair].map((category) => `${pair}.${category}` as ChannelKind),
);

/**
 * The words a template is filled with, in the user's language. The model stays language-free: the
 * UI passes these in from its translations.
 */
export interface TemplateTexts {
  readonly parties: Readonly<Record<TemplatePartyKey, string>>;
  readonly engagements: Readonly<Record<TemplateEngagementKey, string>>;
  /** What is passed on, per pair and category. */
  readonly channelWhat: Readonly<Record<ChannelKind, string>>;
  /** What makes it due, per category. */
  readonly channelTrigger: Readonly<Record<InformationCategory, string>>;
  /** How fast it must arrive, per category. */
  readonly channelTimeliness: Readonly<Record<InformationCategory, string>>;
  /** Through which medium, per pair. */
  readonly channelMedium: Readonly<Record<ChannelPair, string>>;
}
