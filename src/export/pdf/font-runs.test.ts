import { describe, expect, it } from 'vitest';
import { MISSING_CHARACTER_MARK, splitIntoFontRuns } from './font-runs';

const base = {
  font: 'base',
  coverage: new Set(Array.from('朱基陶 Hi\u3013', (c) => c.codePointAt(0) ?? 0)),
};
const ext = { font: 'ext', coverage: new Set([0x9555, 0x5586]) };

describe('splitIntoFontRuns', () => {
  it.each([
    { text: 'Hi', runs: [{ text: 'Hi', font: 'base' }], missing: [] },
    {
      text: '朱镕基',
      runs: [
        { text: '朱', font: 'base' },
        { text: '镕', font: 'ext' },
        { text: '基', font: 'base' },
      ],
      missing: [],
    },
    {
      text: 'Hi 👍🏽',
      runs: [{ text: `Hi ${MISSING_CHARACTER_MARK}`, font: 'base' }],
      missing: ['👍🏽'],
    },
    { text: 'Hi\nHi', runs: [{ text: 'Hi\nHi', font: 'base' }], missing: [] },
    { text: 'H\ti', runs: [{ text: 'H i', font: 'base' }], missing: [] },
    { text: 'H\u200di\ufe0f', runs: [{ text: 'Hi', font: 'base' }], missing: [] },
    { text: '', runs: [], missing: [] },
  ])('draws "$text" as $runs', ({ text, runs, missing }) => {
    expect(splitIntoFontRuns(text, [base, ext])).toEqual({ runs, missing });
  });

  it('prefers the first font that draws a character', () => {
    const both = { font: 'other', coverage: base.coverage };
    expect(splitIntoFontRuns('朱', [both, base]).runs).toEqual([{ text: '朱', font: 'other' }]);
  });
});
