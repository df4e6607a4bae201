import { filesEn } from './files-en';
import { filesZhCn } from './files-zh-cn';

/**
 * The texts of the panels that deal with workspaces and files, in every language. They travel with
 * those panels (loaded after first paint) through useSectionT, not with the main dictionary.
 */
export const FILES_MESSAGES = { en: filesEn, 'zh-CN': filesZhCn };

/** A key of those texts. */
export type FilesKey = keyof typeof filesEn;
