/** English texts of the guide area. */
export const guideEn = {} as const;
