import { agreementEn } from './agreement-en';
import { agreementZhCn } from './agreement-zh-cn';

/** The texts of the agreement panel and the redline, in every language; they travel with the panel. */
export const AGREEMENT_MESSAGES = { en: agreementEn, 'zh-CN': agreementZhCn };

/** A key of those texts. */
export type AgreementKey = keyof typeof agreementEn;
