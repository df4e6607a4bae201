import { useState } from 'react';
import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import { useT } from '@/i18n/i18n-provider';
import { shortFingerprint } from '@/model/agreement/agreement-status';
import { JsonFileField } from '@/ui/json-file-field';

type Verdict =
  | { readonly kind: 'unreadable' }
  | {
      readonly kind: 'read';
      readonly fingerprint: string;
      readonly claimed: string | null;
    };

/**
 * "Verify a file": recomputes the fingerprint of an exported JSON's content and says whether it is
 * this workspace's agreed version (or its current one), and whether the file's own claim holds.
 */
export function VerifyFileField({
  agreedFingerprint,
  currentFingerprint,
}: {
  agreedFingerprint: string | null;
  currentFingerprint: string | null;
}) {
  const a = useT('agreement');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const verify = async (file: File) => {
    const text = await file.text();
    const { importWorkspaceJson } = await import('@/import/json/import-workspace-json');
    const result = importWorkspaceJson(text);
    if (!result.ok) {
      setVerdict({ kind: 'unreadable' });
      return;
    }
    const { fingerprint } = await fingerprintWorkspace(result.value);
    const claim = (JSON.parse(text) as { fingerprint?: unknown }).fingerprint;
    setVerdict({ kind: 'read', fingerprint, claimed: typeof claim === 'string' ? claim : null });
  };
  const own = agreedFingerprint ?? currentFingerprint ?? '';
  return (
    <div className="verify-file">
      <JsonFileField
        className="agreement-field"
        label={a('agreement.verify')}
        buttonText={a('agreement.chooseFile')}
        onFile={(file) => void verify(file)}
      />
      {verdict?.kind === 'unreadable' ? (
        <p role="alert" className="field-error">
          {a('agreement.openFailed')}
        </p>
      ) : null}
      {verdict?.kind === 'read' ? (
        <div role="status" data-testid="verify-result">
          <p>
            {verdict.fingerprint === agreedFingerprint
              ? a('agreement.verify.match', { short: shortFingerprint(verdict.fingerprint) })
              : verdict.fingerprint === currentFingerprint
                ? a('agreement.verify.matchCurrent', {
                    short: shortFingerprint(verdict.fingerprint),
                  })
                : a('agreement.verify.differ', {
                    short: shortFingerprint(verdict.fingerprint),
                    own: shortFingerprint(own),
                  })}
          </p>
          <p className="fingerprint">{verdict.fingerprint}</p>
          {verdict.claimed !== null && verdict.claimed !== verdict.fingerprint ? (
            <p className="field-error">
              {a('agreement.verify.claimDiffers', { claimed: shortFingerprint(verdict.claimed) })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
