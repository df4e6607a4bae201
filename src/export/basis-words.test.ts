import { describe, expect, it } from 'vitest';
import type { Basis } from '@/model/assignment';
import { type BasisWords, basisKey, describeBasis } from './basis-words';

const WORDS: BasisWords = {
  report: (section) => `Report ${section}`,
  derived: (section) => `Derived from ${section}`,
  scopeDerived: (section) => `; scope derived from ${section}`,
  override: 'Changed for the contract',
};

describe('describeBasis', () => {
  it.each<[Basis, string]>([
    [{ source: 'report', section: '§2.3.2' }, 'Report §2.3.2'],
    [
      { source: 'report', section: '§2.3.2', scopeDerivedFrom: '§2.3.1' },
      'Report §2.3.2; scope derived from §2.3.1 †',
    ],
    [{ source: 'derived', section: '§2.3.1' }, 'Derived from §2.3.1 †'],
    [{ source: 'override' }, 'Changed for the contract'],
  ])('writes %j as %s', (basis, text) => {
    expect(describeBasis(basis, WORDS)).toBe(text);
  });

  it('leaves the mark out when asked', () => {
    expect(describeBasis({ source: 'derived', section: '§2.4' }, WORDS, false)).toBe(
      'Derived from §2.4',
    );
  });

  it('tells a report basis with a derived scope apart from the plain one', () => {
    const plain = basisKey({ source: 'report', section: '§2.3.2' });
    const scoped = basisKey({ source: 'report', section: '§2.3.2', scopeDerivedFrom: '§2.3.1' });
    expect(plain).not.toBe(scoped);
  });
});
