import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';

/** Light grey behind cells with an owner: prints as a tint, never the only carrier of meaning. */
export const OWNER_FILL = '#ececec';

/** Header rows of tables. */
export const HEADER_FILL = '#d9d9d9';

/** Thin grey rules between all cells, legible when printed in black and white. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#7f7f7f',
  vLineColor: () => '#7f7f7f',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** The named styles of the annex. The font has one weight, so hierarchy comes from size and space. */
export const ANNEX_STYLES: StyleDictionary = {
  title: { fontSize: 20, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 11, color: '#404040', margin: [0, 0, 0, 14] },
  h1: { fontSize: 15, margin: [0, 16, 0, 6] },
  h2: { fontSize: 12, margin: [0, 10, 0, 4] },
  small: { fontSize: 7.5, color: '#404040' },
  note: { fontSize: 8.5, color: '#404040', margin: [0, 2, 0, 2] },
  tableHeader: { fontSize: 8.5, fillColor: HEADER_FILL },
  table: { fontSize: 8.5, margin: [0, 2, 0, 8] },
};
