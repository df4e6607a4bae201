import { combinedEn } from './combined-en';
import { combinedZhCn } from './combined-zh-cn';

/** The texts of the combined view of all engagements, in every language; loaded with that view. */
export const COMBINED_MESSAGES = { en: combinedEn, 'zh-CN': combinedZhCn };

/** A key of those texts. */
export type CombinedKey = keyof typeof combinedEn;
