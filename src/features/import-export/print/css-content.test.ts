import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent } from './css-content';

describe('cssString', () => {
  it.each([
    ['Plain', '"Plain"'],
    ['Say "hi"', '"Say \\"hi\\""'],
    ['a\\b', '"a\\\\b"'],
    ['two\nlines', '"two lines"'],
  ])('quotes %j as %s', (text, css) => {
    expect(cssString(text)).toBe(css);
  });
});

describe('pageCounterContent', () => {
  it.each([
    ['Page {page} of {pages}', '"Page " counter(page) " of " counter(pages)'],
    ['第 {page} 页 / 共 {pages} 页', '"第 " counter(page) " 页 / 共 " counter(pages) " 页"'],
    ['{page}/{pages}', 'counter(page) "/" counter(pages)'],
  ])('puts the page counters into %j', (template, css) => {
    expect(pageCounterContent(template)).toBe(css);
  });
});
