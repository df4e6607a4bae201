import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './find-json-syntax-error';

describe('findJsonSyntaxError', () => {
  it.each([
    '{}',
    '[]',
    ' { "a" : [1, -2.5e+3, true, false, null, "x\\n\\u00e9\\"", {}] } ',
    '"just a string"',
    '0',
    '[[[[]]]]',
    '{"__proto__": 1}',
  ])('finds nothing wrong in %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['', 0],
    ['{', 1],
    ['{"a":}', 5],
    ['{"a" 1}', 5],
    ['[1,2', 4],
    ['[1,]', 3],
    ['{"a":1,}', 7],
    ['tru', 0],
    ['"\\q"', 2],
    ['"\\u12G4"', 2],
    ['"abc', 4],
    ['"a\nb"', 2],
    ['-', 1],
    ['01', 1],
    ['1.', 1],
    ['{"a":1}x', 7],
    ["{'a':1}", 1],
    ['\n\n  {x}', 5],
  ])('finds the error of %j at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toBe(offset);
  });

  it('checks a deeply nested text without overflowing the call stack', () => {
    const depth = 1_000_000;
    expect(findJsonSyntaxError(`${'['.repeat(depth)}${']'.repeat(depth)}`)).toBeUndefined();
    expect(findJsonSyntaxError(`${'['.repeat(depth)}}`)).toBe(depth);
  });

  it('agrees with V8 wherever V8 names a position', () => {
    const texts = ['{', '[1,2', '{"a" 1}', '"\\q"', '{"a":1}x', '\n\n  {x}', '-', '[1 2]'];
    for (const text of texts) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      const position = /position (\d+)/.exec(message);
      if (position) expect(findJsonSyntaxError(text), text).toBe(Number(position[1]));
    }
  });
});
