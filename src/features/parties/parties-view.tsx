import { useT } from '@/i18n/i18n-provider';
import { EngagementsSection } from './engagements-section';
import { PartiesSection } from './parties-section';
import { RemovalNotice } from './removal-notice';
import { useRemoval } from './use-removal';
import './parties-view.css';

/**
 * Parties and engagements: the organisations that take part with the roles each holds, and for each
 * engagement which party plays which role and supplies which assurance service.
 */
export function PartiesView() {
  const t = useT();
  const p = useT('parties');
  const { removal, remove, undo, dismiss } = useRemoval();
  return (
    <section className="parties-view" aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.parties')}</h2>
      <p className="parties-intro">{p('parties.intro')}</p>
      {removal ? (
        <RemovalNotice
          key={removal.seq}
          text={removal.describe(p)}
          onUndo={undo}
          onDismiss={dismiss}
        />
      ) : null}
      <div className="parties-layout">
        <PartiesSection remove={remove} />
        <EngagementsSection remove={remove} />
      </div>
    </section>
  );
}
