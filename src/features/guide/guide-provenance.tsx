import { useT } from '@/i18n/i18n-provider';

const SOURCES = ['report', 'derived', 'override'] as const;

/** Where a duty comes from: the report, our derived reading of it, or the user's contract. */
export function GuideProvenance() {
  const g = useT('guide');
  return (
    <>
      <p className="guide-lead">{g('guide.provenance.lead')}</p>
      <dl className="guide-terms">
        {SOURCES.map((source) => (
          <div key={source} className={`guide-term guide-source-${source}`}>
            <dt>{g(`guide.provenance.${source}Term`)}</dt>
            <dd>{g(`guide.provenance.${source}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="guide-note">{g('guide.provenance.advice')}</p>
      <p className="guide-note">{g('guide.provenance.changes')}</p>
    </>
  );
}
