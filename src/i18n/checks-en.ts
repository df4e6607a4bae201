/** English texts of the checks area. */
export const checksEn = {} as const;
