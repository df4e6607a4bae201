/** English texts of the picture area. */
export const pictureEn = {} as const;
