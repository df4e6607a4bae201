/** The four principles (四大基本原则, §2.2) that the checks are grouped by. */
export const PRINCIPLES = [
  'sharedPurpose',
  'reasonableResponsibility',
  'maximisedStrengths',
  'transparentCollaboration',
] as const;

/** One of the four principles. */
export type Principle = (typeof PRINCIPLES)[number];

/** The three key links (三大关键环节, §2.4). */
export const KEY_LINKS = ['platformBuildAndUse', 'protectionSystem', 'informationSharing'] as const;

/** One of the three key links. */
export type KeyLink = (typeof KEY_LINKS)[number];

/** The three categories of information that parties share (key link 3, §2.4). */
export const INFORMATION_CATEGORIES = [
  'assetFacts',
  'keyActivities',
  'externalIntelligence',
] as const;

/** Asset facts and their changes, key activities, or important external intelligence. */
export type InformationCategory = (typeof INFORMATION_CATEGORIES)[number];

/**
 * The categories a channel can have: the report's three examples (如…等), then `other`, a category of
 * the user's own that the channel names itself (domain §1, key link 3).
 */
export const CHANNEL_CATEGORIES = [...INFORMATION_CATEGORIES, 'other'] as const;

/** One of the three example categories, or a category of the user's own. */
export type ChannelCategory = (typeof CHANNEL_CATEGORIES)[number];
