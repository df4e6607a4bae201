import { compareEn } from './compare-en';
import { compareZhCn } from './compare-zh-cn';

/** The texts of the compare view in every language, loaded with the view. */
export const COMPARE_MESSAGES = { en: compareEn, 'zh-CN': compareZhCn };

/** A key of those texts. */
export type CompareKey = keyof typeof compareEn;
