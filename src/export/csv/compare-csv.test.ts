import { describe, expect, it } from 'vitest';
import type { Assignment } from '@/model/assignment';
import { compareMatrices } from '@/model/compare-matrices';
import { deriveMatrix } from '@/model/derive-matrix';
import { buildEngagement } from '../../../tests/support/test-builders';
import { COMPARE_CSV_HEADER, type CompareCsvLabels, exportCompareCsv } from './compare-csv';

/** Splits our CSV (BOM, every cell quoted, quotes doubled, CRLF) back into rows of cells. */
function parseOurCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => (m[1] ?? '').replaceAll('""', '"')),
    );
}

const words = (list: readonly Assignment[]) =>
  list.map((a) => `${a.duty} ${a.scope}${a.partyId ? ` (${a.partyId})` : ''}`).join('; ') || 'none';

const LABELS: CompareCsvLabels = {
  sides: { a: 'Public cloud', b: '=Private "cloud"' },
  row: (row) => (row.layer ? `layer ${row.layer}` : `${row.serviceType} #${row.ordinal}`),
  role: (role) => `role ${role}`,
  change: (presence) => ({ both: 'changed', before: 'only in A', after: 'only in B' })[presence],
  assignments: (list, side) => `${side}: ${words(list)}`,
};

const publicVsPrivate = () =>
  compareMatrices(
    deriveMatrix(buildEngagement({ providerPartyId: 'cloudco' }), []),
    deriveMatrix(buildEngagement({ mode: 'softwareDelivery', customerPartyId: 'bank' }), []),
  );

describe('exportCompareCsv', () => {
  it('writes the header and one line per differing cell, both sides named on every line', () => {
    const rows = parseOurCsv(exportCompareCsv(publicVsPrivate(), LABELS));
    expect(rows[0]).toEqual([...COMPARE_CSV_HEADER]);
    expect(rows.slice(1)).toEqual([
      [
        'facility',
        'layer facility',
        'customer',
        'role customer',
        'changed',
        'Public cloud',
        'a: none',
        '\'=Private "cloud"',
        'b: owner whole (bank)',
      ],
      [
        'facility',
        'layer facility',
        'provider',
        'role provider',
        'changed',
        'Public cloud',
        'a: owner whole (cloudco)',
        '\'=Private "cloud"',
        'b: none',
      ],
    ]);
  });

  it('writes only the header when nothing differs', () => {
    expect(exportCompareCsv([], LABELS)).toBe(
      `\uFEFF${COMPARE_CSV_HEADER.map((c) => `"${c}"`).join(',')}\r\n`,
    );
  });
});
