import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { registerPendingDraft } from './pending-drafts';

/** How long typing pauses before what was typed is committed. */
const TYPING_PAUSE_MS = 400;

interface CommittedDraftOptions {
  /** What is committed for a draft (for example trimmed); the draft itself is left as typed. */
  readonly normalise?: (draft: string) => string;
  /** Whether a draft may be committed without the user asking (a refused name waits for Enter or blur). */
  readonly canCommit?: (draft: string) => boolean;
  readonly delayMs?: number;
}

/**
 * The draft of a text field whose value is an edit of the workspace. What is typed is committed
 * after a pause in typing, when the field is left (the caller calls `commit`), when the page is
 * hidden or closed, and before another tab's save is merged (see pending-drafts), so typing is never
 * lost and a pause, not every key, is one undo step.
 */
export function useCommittedDraft(
  value: string,
  onCommit: (value: string) => void,
  options: CommittedDraftOptions = {},
) {
  const {
    normalise = (d: string) => d,
    canCommit = () => true,
    delayMs = TYPING_PAUSE_MS,
  } = options;
  const [draft, setDraftState] = useState(value);
  const latest = useRef({ draft, value, onCommit, normalise, canCommit });
  latest.current = { draft: latest.current.draft, value, onCommit, normalise, canCommit };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The value the draft last took from the store: only a change of it replaces the draft.
  const taken = useRef(value);

  const commitNow = useCallback((force: boolean) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: typed, value: committed, normalise: norm, canCommit: may } = latest.current;
    const next = norm(typed);
    if (next === committed || (!force && !may(next))) return;
    // Remembered at once: the store's echo of this value must not reset what is being typed.
    latest.current.value = next;
    latest.current.onCommit(next);
  }, []);

  // Registered as the field appears (a layout effect), so typing is committed on a page hide even
  // before the field's passive effects have run.
  useLayoutEffect(() => registerPendingDraft(() => commitNow(false)), [commitNow]);
  // Leaving the screen (another view, a closed editor) keeps what was typed.
  useEffect(() => () => commitNow(false), [commitNow]);

  // A layout effect: its update renders before the browser runs another task, so the field shows
  // the new value before the user can type again. (A passive effect's update waited for a task of
  // its own, and typing in that gap replaced a value the user never saw: another tab's change lost.)
  useLayoutEffect(() => {
    // A new value from elsewhere (undo, another tab) replaces the draft, unless it is the draft's own.
    // The first run changes nothing: what was typed in a field before its first commit (a dialog
    // loaded on demand appears in a non-urgent render) is the user's work.
    if (value === taken.current) return;
    taken.current = value;
    if (latest.current.normalise(latest.current.draft) === value) return;
    latest.current.draft = value;
    setDraftState(value);
  }, [value]);

  const change = (next: string) => {
    latest.current.draft = next;
    setDraftState(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => commitNow(false), delayMs);
  };
  /** Puts the committed value back (Escape). */
  const reset = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    latest.current.draft = latest.current.value;
    setDraftState(latest.current.value);
  };
  return { draft, change, commit: () => commitNow(true), reset };
}
