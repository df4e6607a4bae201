/** Where a workspace stands between the parties (domain §11): drafted, sent to the others, or signed by all. */
export const AGREEMENT_STATUSES = ['draft', 'proposed', 'agreed'] as const;

/** Draft, proposed or agreed. */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** What happened to a workspace's content between the parties, as kept in its record. */
export const AGREEMENT_EVENT_KINDS = [
  'proposed',
  'accepted',
  'rejected',
  'edited',
  'changed',
  'signed',
] as const;

/** One kind of agreement event. */
export type AgreementEventKind = (typeof AGREEMENT_EVENT_KINDS)[number];

/**
 * One entry of the record: a party proposed a version, accepted, rejected or edited another party's
 * change, made a change of its own in a proposal, or signed. `at` is an ISO date-time.
 */
export interface AgreementEvent {
  readonly id: string;
  readonly kind: AgreementEventKind;
  /** The party that acted. */
  readonly partyId: string;
  readonly at: string;
  /** The fingerprint of the content the event is about (the proposal's, or the signed one). */
  readonly fingerprint: string;
  /** For a proposal: the fingerprint of the version it is based on, empty when there was none. */
  readonly baseFingerprint?: string;
  /** For a change, accept, reject or edit: the item of the content it is about. */
  readonly itemKey?: string;
  /** For an accept, reject or edit: the party that had made the change. */
  readonly authorPartyId?: string;
  readonly comment?: string;
}

/** A short note on one cell (or other item), by one party at one time, kept with the workspace. */
export interface ItemComment {
  readonly id: string;
  readonly itemKey: string;
  readonly partyId: string;
  readonly at: string;
  readonly text: string;
}

/** A party's sign-off on one version of the content, bound to that version's fingerprint. */
export interface Signature {
  readonly partyId: string;
  /** The signatory's name and title, as the party entered them. */
  readonly name: string;
  readonly title: string;
  /** The date the party writes beside its signature (YYYY-MM-DD). */
  readonly date: string;
  readonly at: string;
  readonly fingerprint: string;
}

/** The last version both sides had: its fingerprint and its canonical serialisation. */
export interface CommonVersion {
  readonly fingerprint: string;
  readonly content: string;
}

/** Everything the parties said about a workspace: the record, the comments, the signatures. */
export interface AgreementRecord {
  readonly events: readonly AgreementEvent[];
  readonly comments: readonly ItemComment[];
  readonly signatures: readonly Signature[];
  readonly common: CommonVersion | null;
}

/** A workspace nobody has proposed, commented on or signed yet. */
export const EMPTY_AGREEMENT: AgreementRecord = {
  events: [],
  comments: [],
  signatures: [],
  common: null,
};
