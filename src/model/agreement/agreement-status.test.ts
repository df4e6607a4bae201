import { describe, expect, it } from 'vitest';
import { type AgreementRecord, EMPTY_AGREEMENT, type Signature } from './agreement';
import { deriveAgreementState, findAgreedFingerprint, shortFingerprint } from './agreement-status';

const F1 = 'a'.repeat(64);
const F2 = 'b'.repeat(64);
const sig = (partyId: string, fingerprint: string, at = '2026-01-01T00:00:00Z'): Signature => ({
  partyId,
  name: partyId,
  title: '',
  date: '2026-01-01',
  at,
  fingerprint,
});
const proposed = (fingerprint: string): AgreementRecord => ({
  ...EMPTY_AGREEMENT,
  events: [{ id: 'e', kind: 'proposed', partyId: 'p1', at: '', fingerprint }],
});

describe('agreement status', () => {
  it.each<[string, AgreementRecord | undefined, string, string]>([
    ['draft when nothing was proposed or signed', undefined, F1, 'draft'],
    ['proposed when this version was proposed', proposed(F1), F1, 'proposed'],
    ['draft again when the proposed version was edited', proposed(F1), F2, 'draft'],
    [
      'proposed while only some parties signed',
      { ...EMPTY_AGREEMENT, signatures: [sig('p1', F1)] },
      F1,
      'proposed',
    ],
    [
      'agreed when every party signed this fingerprint',
      { ...EMPTY_AGREEMENT, signatures: [sig('p1', F1), sig('p2', F1)] },
      F1,
      'agreed',
    ],
    [
      'not agreed when they signed different fingerprints',
      { ...EMPTY_AGREEMENT, signatures: [sig('p1', F1), sig('p2', F2)] },
      F1,
      'proposed',
    ],
  ])('is %s', (_, record, fingerprint, status) => {
    expect(deriveAgreementState(record, fingerprint, ['p1', 'p2']).status).toBe(status);
  });

  it('voids every signature on an earlier fingerprint and keeps the agreed one findable', () => {
    const record = { ...EMPTY_AGREEMENT, signatures: [sig('p1', F1), sig('p2', F1)] };
    const state = deriveAgreementState(record, F2, ['p1', 'p2']);
    expect(state.voided.map((s) => s.partyId)).toEqual(['p1', 'p2']);
    expect(state.valid).toEqual([]);
    expect(findAgreedFingerprint(record, ['p1', 'p2'])).toBe(F1);
  });

  it('counts only the latest signature of a party', () => {
    const record = {
      ...EMPTY_AGREEMENT,
      signatures: [sig('p1', F1, '2026-01-01T00:00:00Z'), sig('p1', F2, '2026-01-02T00:00:00Z')],
    };
    expect(deriveAgreementState(record, F1, ['p1']).status).not.toBe('agreed');
    expect(deriveAgreementState(record, F2, ['p1']).status).toBe('agreed');
  });

  it('shortens a fingerprint to four groups of four hex digits', () => {
    expect(shortFingerprint('0123456789abcdef'.repeat(4))).toBe('0123 4567 89ab cdef');
  });
});
