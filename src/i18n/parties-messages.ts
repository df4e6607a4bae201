import { partiesEn } from './parties-en';
import { partiesZhCn } from './parties-zh-cn';

/** The texts of the parties and engagements view in every language; they load with that view. */
export const PARTIES_MESSAGES = { en: partiesEn, 'zh-CN': partiesZhCn };
