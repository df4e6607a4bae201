import { describe, expect, it } from 'vitest';
import {
  EXPORT_IDLE,
  type ExportActionEvent,
  type ExportActionState,
  reduceExportAction,
} from './export-action';

const idle = EXPORT_IDLE;
const working: ExportActionState = { kind: 'working', fraction: 0.4 };
const workingBare: ExportActionState = { kind: 'working', fraction: null };
const missing: ExportActionState = { kind: 'missing', chars: ['𠀀'] };
const cancelled: ExportActionState = { kind: 'cancelled' };
const done: ExportActionState = { kind: 'done', count: 3 };
const failed: ExportActionState = { kind: 'failed', why: 'disk full' };

const start: ExportActionEvent = { type: 'start', reportsProgress: true };
const startBare: ExportActionEvent = { type: 'start', reportsProgress: false };
const progress: ExportActionEvent = { type: 'progress', fraction: 0.7 };
const cancel: ExportActionEvent = { type: 'cancel' };
const found: ExportActionEvent = { type: 'missing', chars: ['㐀', '𠀁'] };
const saved: ExportActionEvent = { type: 'done', count: 12 };
const fail: ExportActionEvent = { type: 'fail', why: 'worker crashed' };

const SAME = 'same';

// Every state against every event: the whole table, so no transition is left to chance.
describe('reduceExportAction', () => {
  it.each<[string, ExportActionState, ExportActionEvent, ExportActionState | typeof SAME]>([
    ['idle', idle, start, { kind: 'working', fraction: 0 }],
    ['idle', idle, startBare, workingBare],
    ['idle', idle, progress, SAME],
    ['idle', idle, cancel, SAME],
    ['idle', idle, found, SAME],
    ['idle', idle, saved, SAME],
    ['idle', idle, fail, SAME],
    ['working', working, start, SAME],
    ['working', working, progress, { kind: 'working', fraction: 0.7 }],
    ['working without progress', workingBare, progress, { kind: 'working', fraction: 0.7 }],
    ['working', working, cancel, cancelled],
    ['working', working, found, { kind: 'missing', chars: ['㐀', '𠀁'] }],
    ['working', working, saved, { kind: 'done', count: 12 }],
    ['working', working, fail, { kind: 'failed', why: 'worker crashed' }],
    ['missing', missing, start, { kind: 'working', fraction: 0 }],
    ['missing', missing, progress, SAME],
    ['missing', missing, cancel, cancelled],
    ['missing', missing, found, SAME],
    ['missing', missing, saved, { kind: 'done', count: 12 }],
    ['missing', missing, fail, { kind: 'failed', why: 'worker crashed' }],
    ['cancelled', cancelled, start, { kind: 'working', fraction: 0 }],
    ['cancelled', cancelled, progress, SAME],
    ['cancelled', cancelled, cancel, SAME],
    ['cancelled', cancelled, found, SAME],
    ['cancelled', cancelled, saved, SAME],
    ['cancelled', cancelled, fail, SAME],
    ['done', done, start, { kind: 'working', fraction: 0 }],
    ['done', done, progress, SAME],
    ['done', done, cancel, SAME],
    ['done', done, found, SAME],
    ['done', done, saved, SAME],
    ['done', done, fail, SAME],
    ['failed', failed, startBare, workingBare],
    ['failed', failed, progress, SAME],
    ['failed', failed, cancel, SAME],
    ['failed', failed, found, SAME],
    ['failed', failed, saved, SAME],
    ['failed', failed, fail, SAME],
  ])('from %s on %o', (_name, state, event, expected) => {
    const next = reduceExportAction(state, event);
    if (expected === SAME) expect(next).toBe(state);
    else expect(next).toEqual(expected);
  });
});
