import type { Workspace } from '../workspace';
import {
  type AgreementEvent,
  type AgreementRecord,
  type CommonVersion,
  EMPTY_AGREEMENT,
  type ItemComment,
  type Signature,
} from './agreement';
import { applyContentItems } from './apply-items';
import { parseAgreedContent } from './canonical-content';
import { type ContentItems, listContentItems } from './content-items';
import type { RedlineDecision } from './redline';
import { findChangeAuthor } from './redline';
import { type ItemChange, mergeThreeWay } from './three-way-merge';

/** Who acts, when, and a source of fresh ids: what every agreement edit records. */
export interface Actor {
  readonly partyId: string;
  readonly at: string;
  readonly newId: () => string;
}

function recordOf(workspace: Workspace): AgreementRecord {
  return workspace.agreement ?? EMPTY_AGREEMENT;
}

function withRecord(workspace: Workspace, record: AgreementRecord): Workspace {
  return { ...workspace, agreement: record };
}

function unionById<T>(mine: readonly T[], theirs: readonly T[], id: (item: T) => string): T[] {
  const seen = new Set(mine.map(id));
  return [...mine, ...theirs.filter((item) => !seen.has(id(item)))];
}

/** Both records in one: every event, comment and signature either side holds, each once. */
export function mergeRecords(mine: AgreementRecord, theirs: AgreementRecord): AgreementRecord {
  return {
    events: unionById(mine.events, theirs.events, (e) => e.id).sort((a, b) =>
      a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
    ),
    comments: unionById(mine.comments, theirs.comments, (c) => c.id),
    signatures: unionById(mine.signatures, theirs.signatures, (s) => `${s.partyId}@${s.at}`),
    common: mine.common,
  };
}

/**
 * Records that the acting party sends the current content as a proposal: its own changes since the
 * last common version (each under its name), then the proposal itself with the base it rests on.
 * The sent version becomes the common one: the receivers will have it.
 */
export function recordProposal(workspace: Workspace, actor: Actor, sent: CommonVersion): Workspace {
  const record = recordOf(workspace);
  const events: AgreementEvent[] = [];
  if (record.common) {
    const { changes } = mergeThreeWay(
      null,
      parseAgreedContent(record.common.content),
      listContentItems(workspace),
    );
    for (const change of changes) {
      const author = findChangeAuthor(change.key, record, '');
      // A change accepted from another party stays theirs; only new ones are the sender's.
      if (author !== '' && author !== actor.partyId) continue;
      events.push({
        id: actor.newId(),
        kind: 'changed',
        partyId: actor.partyId,
        at: actor.at,
        fingerprint: sent.fingerprint,
        itemKey: change.key,
      });
    }
  }
  events.push({
    id: actor.newId(),
    kind: 'proposed',
    partyId: actor.partyId,
    at: actor.at,
    fingerprint: sent.fingerprint,
    baseFingerprint: record.common?.fingerprint ?? '',
  });
  return withRecord(workspace, { ...record, events: [...record.events, ...events], common: sent });
}

/** A decision on one change of a received proposal, with the user's comment. */
export interface DecidedChange {
  readonly change: ItemChange;
  readonly decision: RedlineDecision;
  readonly comment: string;
}

const EVENT_OF = { accept: 'accepted', reject: 'rejected', edit: 'edited' } as const;

/**
 * Takes a received proposal in: the content that results from the user's decisions, both records
 * merged, each decision recorded (with its comment, also kept as a comment on the item), and the
 * proposal's version remembered as the last common one.
 */
export function adoptProposal(
  mine: Workspace,
  theirs: Workspace,
  received: { readonly version: CommonVersion; readonly proposerId: string },
  result: ContentItems,
  decided: readonly DecidedChange[],
  actor: Actor,
): Workspace {
  const merged = mergeRecords(recordOf(mine), recordOf(theirs));
  const events: AgreementEvent[] = [];
  const comments: ItemComment[] = [];
  for (const { change, decision, comment } of decided) {
    const text = comment.trim();
    events.push({
      id: actor.newId(),
      kind: EVENT_OF[decision.action],
      partyId: actor.partyId,
      at: actor.at,
      fingerprint: received.version.fingerprint,
      itemKey: change.key,
      authorPartyId: findChangeAuthor(change.key, theirs.agreement, received.proposerId),
      ...(text ? { comment: text } : {}),
    });
    if (text) {
      comments.push({
        id: actor.newId(),
        itemKey: change.key,
        partyId: actor.partyId,
        at: actor.at,
        text,
      });
    }
  }
  const record: AgreementRecord = {
    ...merged,
    events: [...merged.events, ...events],
    comments: [...merged.comments, ...comments],
    common: received.version,
  };
  return withRecord(applyContentItems(mine, result), record);
}

/** Adds a comment to an item's thread. */
export function addItemComment(workspace: Workspace, comment: ItemComment): Workspace {
  const record = recordOf(workspace);
  return withRecord(workspace, { ...record, comments: [...record.comments, comment] });
}

/** Records a party's signature on the current fingerprint, and the signing in the record. */
export function signAgreement(
  workspace: Workspace,
  signature: Signature,
  eventId: string,
): Workspace {
  const record = recordOf(workspace);
  const event: AgreementEvent = {
    id: eventId,
    kind: 'signed',
    partyId: signature.partyId,
    at: signature.at,
    fingerprint: signature.fingerprint,
  };
  return withRecord(workspace, {
    ...record,
    signatures: [...record.signatures, signature],
    events: [...record.events, event],
  });
}
