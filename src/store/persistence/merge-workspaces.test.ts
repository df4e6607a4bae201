import { describe, expect, it } from 'vitest';
import { mergeName } from './merge-workspaces';

describe('mergeName', () => {
  it.each([
    ['keeps the name neither side changed', 'a', 'a', 'a', 'a'],
    ['takes this tab’s new name', 'a', 'mine', 'a', 'mine'],
    ['takes the other tab’s new name', 'a', 'a', 'theirs', 'theirs'],
    ['takes a name both sides chose alike', 'a', 'same', 'same', 'same'],
    ['reports two different new names as a conflict', 'a', 'mine', 'theirs', null],
  ])('%s', (_name, base, mine, theirs, expected) => {
    expect(mergeName(base, mine, theirs)).toBe(expected);
  });
});
