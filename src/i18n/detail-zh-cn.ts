import type { detailEn } from './detail-en';

/** Chinese texts of the detail area. */
export const detailZhCn: Record<keyof typeof detailEn, string> = {};
