import type { AgreementRecord, AgreementStatus, Signature } from './agreement';

/** The state of the sign-off on the current content: status, and each party's signature standing. */
export interface AgreementState {
  readonly status: AgreementStatus;
  /** Signatures on the current fingerprint, one per party (the latest). */
  readonly valid: readonly Signature[];
  /** Signatures on an earlier fingerprint: voided by a later edit. */
  readonly voided: readonly Signature[];
  /** Signatory parties with no valid signature yet. */
  readonly missingPartyIds: readonly string[];
}

function latestPerParty(signatures: readonly Signature[]): Signature[] {
  const latest = new Map<string, Signature>();
  for (const signature of signatures) {
    const known = latest.get(signature.partyId);
    if (!known || known.at <= signature.at) latest.set(signature.partyId, signature);
  }
  return [...latest.values()];
}

/**
 * Where the content stands (domain §11): agreed when every signatory party has signed this very
 * fingerprint; proposed when this version was sent or received as a proposal; else draft.
 */
export function deriveAgreementState(
  record: AgreementRecord | undefined,
  fingerprint: string,
  signatoryPartyIds: readonly string[],
): AgreementState {
  const signatures = latestPerParty(record?.signatures ?? []).filter((s) =>
    signatoryPartyIds.includes(s.partyId),
  );
  const valid = signatures.filter((s) => s.fingerprint === fingerprint);
  const voided = signatures.filter((s) => s.fingerprint !== fingerprint);
  const missingPartyIds = signatoryPartyIds.filter((id) => !valid.some((s) => s.partyId === id));
  const proposed = (record?.events ?? []).some(
    (event) => event.kind === 'proposed' && event.fingerprint === fingerprint,
  );
  const status =
    signatoryPartyIds.length > 0 && missingPartyIds.length === 0
      ? 'agreed'
      : proposed || valid.length > 0
        ? 'proposed'
        : 'draft';
  return { status, valid, voided, missingPartyIds };
}

/** The short form of a fingerprint for tables and headers: its first 16 hex digits in groups of 4. */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * The fingerprint every signatory party has signed (the agreed version), even when later edits
 * voided it for the current content; null when no version was signed by all.
 */
export function findAgreedFingerprint(
  record: AgreementRecord | undefined,
  signatoryPartyIds: readonly string[],
): string | null {
  if (signatoryPartyIds.length === 0) return null;
  const signatures = [...(record?.signatures ?? [])].reverse();
  for (const { fingerprint } of signatures) {
    const signedByAll = signatoryPartyIds.every((id) =>
      signatures.some((s) => s.partyId === id && s.fingerprint === fingerprint),
    );
    if (signedByAll) return fingerprint;
  }
  return null;
}
