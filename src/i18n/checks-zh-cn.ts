import type { checksEn } from './checks-en';

/** Chinese texts of the checks area. */
export const checksZhCn: Record<keyof typeof checksEn, string> = {};
