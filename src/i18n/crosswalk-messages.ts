// Transitional: only the annex files being reworked in parallel (annex-labels-for.ts,
// annex-labels-from.ts) still import this; new code uses the crosswalk area through useT or
// loadTranslate. Delete once they do.
import type { AreaKey } from './area-loaders';
import { crosswalkEn } from './crosswalk-en';
import { crosswalkZhCn } from './crosswalk-zh-cn';
import type { MessageParams } from './translate';

/** Legacy: the crosswalk area in both languages. */
export const CROSSWALK_MESSAGES = { en: crosswalkEn, 'zh-CN': crosswalkZhCn };

/** Legacy: a translate function over the crosswalk area alone. */
export type CrosswalkTranslate = (key: AreaKey<'crosswalk'>, params?: MessageParams) => string;
