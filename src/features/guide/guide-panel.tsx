import { useT } from '@/i18n/i18n-provider';
import { Disclosure } from '@/ui/disclosure';
import { GuideKeyLinks } from './guide-key-links';
import { GuidePrinciples } from './guide-principles';
import { GuideProvenance } from './guide-provenance';
import { GuideReferences } from './guide-references';
import { GuideRoles } from './guide-roles';
import { GuideScope } from './guide-scope';
import './guide-panel.css';

/** A two-minute introduction to the 2.0 system, in sections that open one at a time. */
export function GuidePanel() {
  const g = useT('guide');
  return (
    <section className="panel guide-panel" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{g('guide.heading')}</h2>
      <p className="guide-intro">{g('guide.intro')}</p>
      <Disclosure title={g('guide.roles.heading')}>
        <GuideRoles />
      </Disclosure>
      <Disclosure title={g('guide.principles.heading')}>
        <GuidePrinciples />
      </Disclosure>
      <Disclosure title={g('guide.scope.heading')}>
        <GuideScope />
      </Disclosure>
      <Disclosure title={g('guide.links.heading')}>
        <GuideKeyLinks />
      </Disclosure>
      <Disclosure title={g('guide.provenance.heading')}>
        <GuideProvenance />
      </Disclosure>
      <Disclosure title={g('guide.references.heading')}>
        <GuideReferences />
      </Disclosure>
    </section>
  );
}
