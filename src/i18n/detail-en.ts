/** English texts of the detail area. */
export const detailEn = {} as const;
