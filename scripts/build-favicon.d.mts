/** The icon's width and height in pixels. */
export declare const FAVICON_SIZE: number;
/** The bands, top to bottom: first row, number of rows, RGB colour. */
export declare const FAVICON_BANDS: readonly (readonly [
  number,
  number,
  readonly [number, number, number],
])[];
/** Transparent columns left and right of the bands. */
export declare const FAVICON_MARGIN: number;
/** The icon's pixels, RGBA, row by row. */
export declare function faviconPixels(): Buffer;
/** The PNG file public/favicon.png holds. */
export declare function faviconPng(): Buffer;
