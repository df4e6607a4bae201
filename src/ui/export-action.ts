// The one state machine of every export button, as a pure reducer so each transition is a table row
// in its test and no button writes its own copy.

/** Where one export button is: idle, working (with how far, when it reports it), waiting for a
 * decision on characters no font can draw, cancelled, done (with a count of pages or sheets when
 * there is one) or failed. */
export type ExportActionState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly fraction: number | null }
  | { readonly kind: 'missing'; readonly chars: readonly string[] }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'done'; readonly count: number | null }
  | { readonly kind: 'failed'; readonly why: string };

/** What happens to an export: started, progressed, cancelled, found missing characters, saved, failed. */
export type ExportActionEvent =
  | { readonly type: 'start'; readonly reportsProgress: boolean }
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'cancel' }
  | { readonly type: 'missing'; readonly chars: readonly string[] }
  | { readonly type: 'done'; readonly count: number | null }
  | { readonly type: 'fail'; readonly why: string };

/** The state of a button that has not exported anything yet. */
export const EXPORT_IDLE: ExportActionState = { kind: 'idle' };

const isPending = (state: ExportActionState) =>
  state.kind === 'working' || state.kind === 'missing';

/**
 * The next state of an export button. Events that do not fit the state are ignored and return the
 * same state: a progress report or an error arriving after Cancel must not revive a stopped export,
 * and a second start while working is a double click.
 */
export function reduceExportAction(
  state: ExportActionState,
  event: ExportActionEvent,
): ExportActionState {
  switch (event.type) {
    case 'start':
      return state.kind === 'working'
        ? state
        : { kind: 'working', fraction: event.reportsProgress ? 0 : null };
    case 'progress':
      return state.kind === 'working' ? { kind: 'working', fraction: event.fraction } : state;
    case 'cancel':
      return isPending(state) ? { kind: 'cancelled' } : state;
    case 'missing':
      return state.kind === 'working' ? { kind: 'missing', chars: event.chars } : state;
    case 'done':
      return isPending(state) ? { kind: 'done', count: event.count } : state;
    case 'fail':
      return isPending(state) ? { kind: 'failed', why: event.why } : state;
  }
}
