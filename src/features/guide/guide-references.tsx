import { CITED_REFERENCE_TEXTS } from '@/i18n/cited-references';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { CITED_REFERENCES } from '@/model/cited-references';

/** The laws and standards the report cites (§1.1), named with the report's reason for each. */
export function GuideReferences() {
  const g = useT('guide');
  const { language } = useLanguage();
  const texts = CITED_REFERENCE_TEXTS[language];
  return (
    <>
      <p className="guide-lead">{g('guide.references.lead')}</p>
      <dl className="guide-terms">
        {CITED_REFERENCES.map((reference) => (
          <div key={reference} className="guide-term">
            <dt>{texts[reference].name}</dt>
            <dd>{texts[reference].reason}</dd>
          </div>
        ))}
      </dl>
      <p className="guide-note">{g('guide.references.note')}</p>
    </>
  );
}
