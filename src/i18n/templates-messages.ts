import { templatesEn } from './templates-en';
import { templatesZhCn } from './templates-zh-cn';

/** The texts of the workspace templates in every language, loaded with the workspaces panel. */
export const TEMPLATES_MESSAGES = { en: templatesEn, 'zh-CN': templatesZhCn };

/** A key of those texts. */
export type TemplatesKey = keyof typeof templatesEn;
