import { partyDutiesEn } from './party-duties-en';
import { partyDutiesZhCn } from './party-duties-zh-cn';

/**
 * The texts of the per-party view and its exports, in every language. They travel with that view
 * (loaded when it is first opened) through useSectionT, not with the main dictionary.
 */
export const PARTY_DUTIES_MESSAGES = { en: partyDutiesEn, 'zh-CN': partyDutiesZhCn };

/** A key of those texts. */
export type PartyDutiesKey = keyof typeof partyDutiesEn;
