// Transitional: only agreement-annex-text.ts (reworked in parallel) still imports this; new code
// uses the agreement area through useT or loadTranslate. Delete once it does.
import { agreementEn } from './agreement-en';
import { agreementZhCn } from './agreement-zh-cn';

/** Legacy: the agreement area in both languages. */
export const AGREEMENT_MESSAGES = { en: agreementEn, 'zh-CN': agreementZhCn };

/** Legacy: a key of the agreement area. */
export type AgreementKey = import('./area-loaders').AreaKey<'agreement'>;
