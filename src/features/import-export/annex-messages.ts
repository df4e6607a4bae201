// Transitional: the annex texts now live in src/i18n/annex-en.ts and annex-zh-cn.ts (the `annex`
// area); only annex-labels-for.ts and annex-labels-from.ts (reworked in parallel) still import
// this. Delete once they use loadTranslate(language, 'annex', ...).

import { annexEn } from '@/i18n/annex-en';
import { annexZhCn } from '@/i18n/annex-zh-cn';
import type { AreaKey } from '@/i18n/area-loaders';
import type { MessageParams } from '@/i18n/translate';

/** Legacy: the annex area in both languages. */
export const ANNEX_MESSAGES = { en: annexEn, 'zh-CN': annexZhCn };

/** Legacy: a translate function over the annex area alone. */
export type AnnexTranslate = (key: AreaKey<'annex'>, params?: MessageParams) => string;
