import { describe, expect, it } from 'vitest';
import { isIsoCalendarDate } from './contract-date';

describe('isIsoCalendarDate', () => {
  it.each(['2024-01-01', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '9999-12-31'])(
    'accepts the real date %s',
    (value) => {
      expect(isIsoCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'century that is not a leap year'],
    ['2024-02-30', 'no 30 February'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'no month 13'],
    ['2024-00-10', 'no month 0'],
    ['2024-01-00', 'no day 0'],
    ['2024-1-1', 'digits missing'],
    ['24-01-01', 'two-digit year'],
    ['2024/01/01', 'wrong separator'],
    ['2024-01-01T00:00:00Z', 'a time is not a date'],
    [' 2024-01-01', 'leading space'],
    ['2024-01-01\n', 'trailing line feed'],
    ['２０２４-０１-０１', 'full-width digits'],
    ['', 'empty (allowed by the schema, not a date)'],
  ])('refuses %j (%s)', (value) => {
    expect(isIsoCalendarDate(value)).toBe(false);
  });
});
