// Transitional: only the annex files being reworked in parallel (agreement-annex-text.ts,
// annex-labels-for.ts, print-annex/print-gaps.tsx) still import this; new code uses the files area
// through useT('files') or loadTranslate(language, 'files'). Delete once they do.
import type { AreaKey } from './area-loaders';
import { filesEn } from './files-en';
import { filesZhCn } from './files-zh-cn';

/** Legacy: the files area in both languages. */
export const FILES_MESSAGES = { en: filesEn, 'zh-CN': filesZhCn };

/** Legacy: a key of the files area. */
export type FilesKey = AreaKey<'files'>;
