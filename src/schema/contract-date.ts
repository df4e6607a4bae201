import './zod-setup';
import { z } from 'zod';
import { addCustomIssue } from './custom-issue';
import { describeValue } from './describe-value';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether a string is a real calendar date written YYYY-MM-DD (no 2024-02-30, no 2023-02-29). */
export function isIsoCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The date of a contract: empty while unknown, otherwise an ISO calendar date. */
export const contractDateSchema = z.string().superRefine((value, ctx) => {
  if (value !== '' && !isIsoCalendarDate(value)) {
    addCustomIssue(ctx, [], {
      code: 'invalid-date',
      expected: 'YYYY-MM-DD',
      received: describeValue(value),
    });
  }
});
