import { useT } from '@/i18n/i18n-provider';
import { PRINCIPLES } from '@/model/principles';

/** The four principles: what each means, and what the workbench checks for it. */
export function GuidePrinciples() {
  const t = useT();
  const g = useT('guide');
  return (
    <dl className="guide-terms">
      {PRINCIPLES.map((principle) => (
        <div key={principle} className="guide-term">
          <dt>{t(`principle.${principle}`)}</dt>
          <dd>
            <p>{g(`guide.principles.meaning.${principle}`)}</p>
            <p className="guide-check">
              <strong>{g('guide.principles.checkLabel')}</strong>{' '}
              {g(`guide.principles.check.${principle}`)}
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
