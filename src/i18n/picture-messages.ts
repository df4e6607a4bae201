import { pictureEn } from './picture-en';
import { pictureZhCn } from './picture-zh-cn';
import type { ExtendedTranslate } from './use-section-t';

/** The texts of the layer picture and the responsibility shift, which load after first paint. */
export const PICTURE_MESSAGES = { en: pictureEn, 'zh-CN': pictureZhCn };

/** A translate function for the picture: catalogue names and the picture's own sentences. */
export type PictureTranslate = ExtendedTranslate<keyof typeof pictureEn>;
