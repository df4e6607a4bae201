import { describe, expect, it } from 'vitest';
import { detectLanguage } from './languages';

describe('detectLanguage', () => {
  it.each([
    { remembered: 'en', preferred: ['zh-CN'], expected: 'en', why: 'the remembered choice wins' },
    {
      remembered: 'zh-CN',
      preferred: ['en-US'],
      expected: 'zh-CN',
      why: 'the remembered choice wins',
    },
    {
      remembered: null,
      preferred: ['zh-TW', 'en'],
      expected: 'zh-CN',
      why: 'any Chinese reads zh-CN',
    },
    {
      remembered: null,
      preferred: ['fr-FR', 'en-GB'],
      expected: 'en',
      why: 'the first language we speak',
    },
    { remembered: null, preferred: ['de'], expected: 'en', why: 'English when we speak none' },
    {
      remembered: 'xx',
      preferred: ['zh'],
      expected: 'zh-CN',
      why: 'a bad remembered value is ignored',
    },
  ])('picks $expected: $why', ({ remembered, preferred, expected }) => {
    expect(detectLanguage(remembered, preferred)).toBe(expected);
  });
});
