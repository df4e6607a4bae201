import type { ChannelSuggestionId } from '../suggest-channels-table';

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

/** The texts of one suggested channel: what is passed on, when, how fast, through what. */
export interface TemplateChannelTexts {
  readonly what: string;
  readonly trigger: string;
  readonly timeliness: string;
  readonly medium: string;
}

/**
 * The words a template is filled with, in the user's language. The model stays language-free: the
 * UI passes these in from its translations. The channels and the joint response use the plan's own
 * suggestions, so a template and "Fill in suggested channels" agree word for word.
 */
export interface TemplateTexts {
  readonly parties: Readonly<Record<TemplatePartyKey, string>>;
  readonly engagements: Readonly<Record<TemplateEngagementKey, string>>;
  /** The texts of each suggested channel of domain §5. */
  readonly channels: Readonly<Record<ChannelSuggestionId, TemplateChannelTexts>>;
  /** Joins the texts of a party that plays two directions of one pair (a provider that is also the vendor). */
  readonly separator: string;
  /** The suggested joint response of an engagement with a security vendor. */
  readonly jointResponse: { readonly notification: string; readonly timeliness: string };
}
