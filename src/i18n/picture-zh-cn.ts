import type { pictureEn } from './picture-en';

/** Chinese texts of the picture area. */
export const pictureZhCn: Record<keyof typeof pictureEn, string> = {};
