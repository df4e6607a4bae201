import { describe, expect, it } from 'vitest';
import { describeBasis } from '@/export/basis-words';
import { basisWordsFrom } from '@/i18n/basis-words-from';
import { describeRow } from '@/i18n/describe-row';
import { loadTranslate } from '@/i18n/load-translate';
import type { Basis, MatrixRow } from '@/model/assignment';
import { csvLabelsFrom } from './csv-labels-from';

const BASES: readonly Basis[] = [
  { source: 'report', section: '§2.3.2' },
  { source: 'report', section: '§2.3.2', scopeDerivedFrom: '§2.3.1' },
  { source: 'derived', section: '§2.3.1' },
  { source: 'derived', section: '§2.4' },
  { source: 'override' },
];

describe('csvLabelsFrom', () => {
  it.each(['en', 'zh-CN'] as const)(
    'in %s, gives each basis and row the words it would have without remembering, asked in any order',
    async (language) => {
      const t = await loadTranslate(language, 'files');
      const labels = csvLabelsFrom(t, t);
      const asked = [...BASES, ...[...BASES].reverse()];
      expect(asked.map((basis) => labels.basis(basis))).toEqual(
        asked.map((basis) => describeBasis(basis, basisWordsFrom(t))),
      );
      const rows = [
        { id: 'data', layer: 'businessData' },
        { id: 'security-1', serviceType: 'security' },
        { id: 'operations-1', serviceType: 'operations' },
        { id: 'facility', layer: 'facility' },
      ] as unknown as MatrixRow[];
      const engagement = { id: 'e1' } as never;
      for (const row of [...rows, ...rows])
        expect(labels.row(row, engagement)).toBe(describeRow(row, t).name);
    },
  );
});
