import { useT } from '@/i18n/i18n-provider';
import { ROLES } from '@/model/roles';

/** The three roles with a one-sentence definition each, and the note that roles overlap. */
export function GuideRoles() {
  const t = useT();
  const g = useT('guide');
  return (
    <>
      <dl className="guide-terms">
        {ROLES.map((role) => (
          <div key={role} className="guide-term">
            <dt>{t(`role.${role}`)}</dt>
            <dd>{g(`guide.roles.${role}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="guide-note">{g('guide.roles.overlap')}</p>
    </>
  );
}
