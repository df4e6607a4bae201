import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locate-json-error';

const TEXT = '{\n  "a": 1,\n  "b": }\n';

describe('locateJsonError', () => {
  it.each([
    ['V8 with an offset', `Unexpected token '}' in JSON at position 19`],
    [
      'newer V8 with offset, line and column',
      'Unexpected token in JSON at position 19 (line 3 column 8)',
    ],
    [
      'Firefox with line and column',
      'JSON.parse: unexpected character at line 3 column 8 of the JSON data',
    ],
    ['Safari without a place', "JSON Parse error: Unexpected token '}'"],
    ['V8 without a place', `Unexpected token '}', "{"a":}" is not valid JSON`],
  ])('places the error from %s at line 3, character 8', (_engine, message) => {
    expect(locateJsonError(TEXT, message)).toEqual({ line: 3, character: 8 });
  });

  it('places an error at the end of the text when the text just stops', () => {
    expect(locateJsonError('{\r\n"a": [1,', 'Unexpected end of JSON input')).toEqual({
      line: 2,
      character: 9,
    });
  });

  it('counts CRLF, LF and a lone CR each as one line break', () => {
    expect(locateJsonError('[\r\n1,\n2,\r3 x]', 'no place')).toEqual({ line: 4, character: 3 });
  });
});
