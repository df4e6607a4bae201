import { buildAgreementAnnexText } from '@/i18n/agreement-annex-text';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import type { Workspace } from '@/model/workspace';

/** The agreement section of the printed annex: the same text as the PDF's (domain §11). */
export function PrintAgreement({
  workspace,
  fingerprint,
}: {
  workspace: Workspace;
  fingerprint: string | null;
}) {
  const t = useT();
  const { language } = useLanguage();
  if (fingerprint === null) return null;
  const text = buildAgreementAnnexText(workspace, fingerprint, t, language);
  return (
    <section className="print-section" aria-labelledby="print-agreement-heading">
      <h2 id="print-agreement-heading">{text.heading}</h2>
      <table className="print-table print-meta">
        <tbody>
          {text.fields.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="print-pre">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="print-table">
        <caption>{text.signaturesHeading}</caption>
        <thead>
          <tr>
            {text.signatureHeader.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {text.signatureRows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's columns are fixed in order
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {text.voidNote ? <p className="print-hint">{text.voidNote}</p> : null}
      <h3>{text.recordHeading}</h3>
      <ul>
        {text.recordLines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the record only grows at its end
          <li key={index}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
