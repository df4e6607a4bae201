import type { Override } from '../workspace';
import type { AgreementRecord } from './agreement';
import { canonicalJson } from './canonical-content';
import type { ContentItems } from './content-items';
import type { ItemChange } from './three-way-merge';

/** What the user does with one change of a proposal: take theirs, keep mine, or write a value. */
export type RedlineDecision =
  | { readonly action: 'accept' }
  | { readonly action: 'reject' }
  | { readonly action: 'edit'; readonly text: string };

/** A change waits for a decision when the other side made it (alone or against a change of mine). */
export function isDecisionNeeded(change: ItemChange): boolean {
  return change.side !== 'mine';
}

/** The text a user may edit in a change instead of accepting or rejecting it, or null when none. */
export function editableText(key: string, value: unknown): string | null {
  if (key.startsWith('contract/')) return typeof value === 'string' ? value : '';
  if (key.startsWith('cell/') && value !== undefined) return (value as Override).reason;
  return null;
}

function editedValue(change: ItemChange, text: string): unknown {
  if (change.key.startsWith('contract/')) return text;
  const cell = (change.theirs ?? change.mine) as Override;
  return { ...cell, reason: text };
}

/**
 * The content that results from the user's decisions: mine, with each accepted change taken from
 * theirs and each edited one written. Undecided changes keep mine: opening a proposal never
 * overwrites the user's own work.
 */
export function resolveRedline(
  mine: ContentItems,
  changes: readonly ItemChange[],
  decisions: ReadonlyMap<string, RedlineDecision>,
): ContentItems {
  const result = new Map(mine);
  for (const change of changes) {
    const decision = decisions.get(change.key);
    if (decision?.action === 'accept') {
      if ('theirs' in change) result.set(change.key, change.theirs);
      else result.delete(change.key);
    }
    if (decision?.action === 'edit') result.set(change.key, editedValue(change, decision.text));
  }
  return result;
}

/** The changes still waiting for a decision. */
export function listOpenChanges(
  changes: readonly ItemChange[],
  decisions: ReadonlyMap<string, RedlineDecision>,
): ItemChange[] {
  return changes.filter((change) => isDecisionNeeded(change) && !decisions.has(change.key));
}

/** Whether two item sets are the same content. */
export function isSameContent(a: ContentItems, b: ContentItems): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    if (!b.has(key) || canonicalJson(value) !== canonicalJson(b.get(key))) return false;
  }
  return true;
}

/**
 * Who made a change on the other side: the last party the record names as having made, edited or
 * accepted it from someone; else the party that sent the proposal.
 */
export function findChangeAuthor(
  key: string,
  record: AgreementRecord | undefined,
  proposerId: string,
): string {
  const events = record?.events ?? [];
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i];
    if (event?.itemKey !== key) continue;
    if (event.kind === 'changed' || event.kind === 'edited') return event.partyId;
    if (event.kind === 'accepted') return event.authorPartyId ?? event.partyId;
    if (event.kind === 'rejected') return event.partyId;
  }
  return proposerId;
}
