import { useT } from '@/i18n/i18n-provider';

const SOURCES = ['report', 'derived', 'override'] as const;

/** Where a duty comes from: the report, our derived reading of it, or the user's contract. */
export function GuideProvenance() {
  const t = useT();
  return (
    <>
      <p className="guide-lead">{t('guide.provenance.lead')}</p>
      <dl className="guide-terms">
        {SOURCES.map((source) => (
          <div key={source} className={`guide-term guide-source-${source}`}>
            <dt>{t(`guide.provenance.${source}Term`)}</dt>
            <dd>{t(`guide.provenance.${source}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="guide-note">{t('guide.provenance.advice')}</p>
    </>
  );
}
