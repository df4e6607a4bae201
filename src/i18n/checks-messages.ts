import { checksEn } from './checks-en';
import { checksZhCn } from './checks-zh-cn';
import type { ExtendedTranslate } from './use-section-t';

/** The texts of the checks panel, which loads just after first paint. */
export const CHECKS_MESSAGES = { en: checksEn, 'zh-CN': checksZhCn };

/** A translate function for the checks: catalogue names and the panel's own sentences. */
export type ChecksTranslate = ExtendedTranslate<keyof typeof checksEn>;
