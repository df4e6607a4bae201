import { useT } from '@/i18n/i18n-provider';
import type { AgreementState } from '@/model/agreement/agreement-status';
import { shortFingerprint } from '@/model/agreement/agreement-status';
import type { Party } from '@/model/workspace';

/** One row per signatory party: who signed, as whom, when, which fingerprint, and whether it holds. */
export function SignatureTable({
  parties,
  state,
}: {
  parties: readonly Party[];
  state: AgreementState;
}) {
  const a = useT('agreement');
  const rows = parties.map((party) => {
    const valid = state.valid.find((s) => s.partyId === party.id);
    const voided = state.voided.find((s) => s.partyId === party.id);
    return { party, signature: valid ?? voided, valid: !!valid };
  });
  // On a phone the six columns are wider than the screen: the table scrolls, not the page.
  return (
    <div className="signature-table-scroll">
      <table className="signature-table">
        <caption>{a('agreement.signatures')}</caption>
        <thead>
          <tr>
            <th scope="col">{a('agreement.sig.party')}</th>
            <th scope="col">{a('agreement.sig.name')}</th>
            <th scope="col">{a('agreement.sig.title')}</th>
            <th scope="col">{a('agreement.sig.date')}</th>
            <th scope="col">{a('agreement.sig.fingerprint')}</th>
            <th scope="col">{a('agreement.sig.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ party, signature, valid }) => (
            <tr key={party.id}>
              <th scope="row">{party.name}</th>
              <td>{signature?.name ?? ''}</td>
              <td>{signature?.title ?? ''}</td>
              <td>{signature?.date ?? ''}</td>
              <td className="fingerprint">
                {signature ? shortFingerprint(signature.fingerprint) : ''}
              </td>
              <td className={valid ? 'sig-valid' : signature ? 'sig-void' : 'sig-missing'}>
                {a(
                  valid
                    ? 'agreement.sig.valid'
                    : signature
                      ? 'agreement.sig.void'
                      : 'agreement.sig.missing',
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
