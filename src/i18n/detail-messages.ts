import { detailEn } from './detail-en';
import { detailZhCn } from './detail-zh-cn';

/** The texts of the cell detail and its editor, which load after first paint. */
export const DETAIL_MESSAGES = { en: detailEn, 'zh-CN': detailZhCn };
