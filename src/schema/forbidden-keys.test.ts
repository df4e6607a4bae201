import { describe, expect, it } from 'vitest';
import { findForbiddenKeys } from './forbidden-keys';

describe('findForbiddenKeys', () => {
  it.each([
    ['{"__proto__":{"polluted":true}}', ['__proto__']],
    ['{"constructor":{"prototype":{"polluted":true}}}', ['constructor', 'constructor.prototype']],
    ['{"a":[{"b":1},{"prototype":2}]}', ['a[1].prototype']],
    ['{"workspace":{"parties":[{"id":"p","__proto__":null}]}}', ['workspace.parties[0].__proto__']],
    ['[[[{"constructor":1}]]]', ['[0][0][0].constructor']],
    ['{"x":{"__proto__":1},"y":{"__proto__":2}}', ['x.__proto__', 'y.__proto__']],
    ['{"proto":1,"constructors":2,"Prototype":3}', []],
    ['{"name":"__proto__","list":["constructor","prototype"]}', []],
  ])('finds %s at %j', (text, paths) => {
    const issues = findForbiddenKeys(JSON.parse(text));
    expect(issues).toEqual(paths.map((path) => ({ path, code: 'forbidden-key' })));
  });

  it('finds a forbidden key that is not enumerable', () => {
    const input = {};
    Object.defineProperty(input, 'constructor', { value: 1, enumerable: false });
    expect(findForbiddenKeys({ a: input })).toEqual([
      { path: 'a.constructor', code: 'forbidden-key' },
    ]);
  });

  it('ends on cycles', () => {
    const cyclic: Record<string, unknown> = { list: [] };
    cyclic.self = cyclic;
    (cyclic.list as unknown[]).push(cyclic, { __proto__: null, prototype: cyclic });
    expect(findForbiddenKeys(cyclic)).toEqual([
      { path: 'list[1].prototype', code: 'forbidden-key' },
    ]);
  });

  it('ends on a value whose getter makes a new object on every read', () => {
    const endless = (): object => ({
      get next() {
        return endless();
      },
    });
    expect(findForbiddenKeys(endless())).toEqual([]);
  });

  it('survives nesting deeper than the call stack, and looks as deep as any document goes', () => {
    const nested = (depth: number) =>
      JSON.parse(`${'['.repeat(depth)}{"__proto__":1}${']'.repeat(depth)}`);
    expect(findForbiddenKeys(nested(100_000))).toEqual([]);
    expect(findForbiddenKeys(nested(20))).toHaveLength(1);
  });

  it.each([null, undefined, 1, 'text', true])('finds nothing in the primitive %j', (value) => {
    expect(findForbiddenKeys(value)).toEqual([]);
  });
});
