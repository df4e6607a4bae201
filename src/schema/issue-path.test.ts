import { describe, expect, it } from 'vitest';
import { formatIssuePath } from './issue-path';

describe('formatIssuePath', () => {
  it.each([
    [[], ''],
    [['format'], 'format'],
    [['workspace', 'engagements', 2, 'mode'], 'workspace.engagements[2].mode'],
    [
      ['workspace', 'overrides', 0, 'assignments', 1, 'role'],
      'workspace.overrides[0].assignments[1].role',
    ],
    [[0, 'id'], '[0].id'],
    [['workspace', 'odd key'], 'workspace["odd key"]'],
    [['workspace', 'a.b'], 'workspace["a.b"]'],
    [['workspace', '0'], 'workspace["0"]'],
    [['workspace', ''], 'workspace[""]'],
    [['workspace', 'say "hi"'], 'workspace["say \\"hi\\""]'],
    [['__proto__'], '__proto__'],
  ] as const)('formats %j as %s', (segments, expected) => {
    expect(formatIssuePath(segments)).toBe(expected);
  });
});
