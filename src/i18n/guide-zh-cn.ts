import type { guideEn } from './guide-en';

/** Chinese texts of the guide area. */
export const guideZhCn: Record<keyof typeof guideEn, string> = {};
