import { useT } from '@/i18n/i18n-provider';
import { Disclosure } from '@/ui/disclosure';
import { GuideKeyLinks } from './guide-key-links';
import { GuidePrinciples } from './guide-principles';
import { GuideProvenance } from './guide-provenance';
import { GuideRoles } from './guide-roles';
import { GuideScope } from './guide-scope';
import './guide-panel.css';

/** A two-minute introduction to the 2.0 system, in sections that open one at a time. */
export function GuidePanel() {
  const t = useT();
  return (
    <section className="panel guide-panel" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('guide.heading')}</h2>
      <p className="guide-intro">{t('guide.intro')}</p>
      <Disclosure title={t('guide.roles.heading')}>
        <GuideRoles />
      </Disclosure>
      <Disclosure title={t('guide.principles.heading')}>
        <GuidePrinciples />
      </Disclosure>
      <Disclosure title={t('guide.scope.heading')}>
        <GuideScope />
      </Disclosure>
      <Disclosure title={t('guide.links.heading')}>
        <GuideKeyLinks />
      </Disclosure>
      <Disclosure title={t('guide.provenance.heading')}>
        <GuideProvenance />
      </Disclosure>
    </section>
  );
}
