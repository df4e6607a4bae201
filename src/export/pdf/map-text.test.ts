import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { collectText, mapText } from './map-text';

const upper = (text: string) => [text.toUpperCase()];

describe('mapText', () => {
  it.each<{ name: string; content: Content; mapped: unknown }>([
    { name: 'a plain string', content: 'ab', mapped: { text: ['AB'] } },
    {
      name: 'a text node',
      content: { text: 'ab', style: 'h1' },
      mapped: { text: ['AB'], style: 'h1' },
    },
    {
      name: 'inline pieces',
      content: { text: ['ab', { text: 'cd', style: 'small' }] },
      mapped: { text: ['AB', { text: ['CD'], style: 'small' }] },
    },
    {
      name: 'a stack and a list',
      content: { stack: ['ab', { ul: ['cd'] }] },
      mapped: { stack: [{ text: ['AB'] }, { ul: [{ text: ['CD'] }] }] },
    },
    {
      name: 'table cells, not widths or layouts',
      content: {
        layout: 'noBorders',
        table: { widths: ['*', 80], body: [['ab', { text: 'cd' }]] },
      },
      mapped: {
        layout: 'noBorders',
        table: { widths: ['*', 80], body: [[{ text: ['AB'] }, { text: ['CD'] }]] },
      },
    },
  ])('rewrites only the text of $name', ({ content, mapped }) => {
    expect(mapText(content, upper)).toEqual(mapped);
  });

  it('leaves the original content untouched', () => {
    const content = { stack: [{ text: 'ab' }] };
    mapText(content, upper);
    expect(content).toEqual({ stack: [{ text: 'ab' }] });
  });
});

describe('collectText', () => {
  it('gathers every text of a document', () => {
    const content: Content = [
      { text: 'title', style: 'h1' },
      { table: { body: [['a', { stack: ['b', { text: ['c', { text: 'd' }] }] }]] } },
    ];
    expect(collectText(content).split('\n')).toEqual(['title', 'a', 'b', 'c', 'd']);
  });
});
