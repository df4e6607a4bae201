import { useId } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { ROLES, type Role } from '@/model/roles';
import { roleLetters } from './band-words';
import { patternFill, RolePatternDefs, useSvgId } from './role-patterns';

/** A role's pattern and letter as a small square, as the bands show them. */
function RoleSwatch({ role, letter }: { role: Role; letter: string }) {
  const prefix = useSvgId();
  return (
    <svg
      className={`lp-key-swatch lp-role-${role}`}
      width="40"
      height="26"
      viewBox="0 0 40 26"
      aria-hidden="true"
    >
      <RolePatternDefs prefix={prefix} />
      <rect x="0" y="0" width="40" height="26" fill={patternFill(prefix, role)} />
      <rect x="0.75" y="0.75" width="38.5" height="24.5" rx="3" className="lp-part-edge" />
      <circle cx="20" cy="13" r="8" className="lp-letter-ground" />
      <text
        x="20"
        y="13"
        fontSize="11"
        className="lp-letter"
        textAnchor="middle"
        dominantBaseline="central"
      >
        {letter}
      </text>
    </svg>
  );
}

/** Explains the letters, patterns and frames of the layer pictures, so they read without colour. */
export function PictureLegend() {
  const t = useT('picture');
  const headingId = useId();
  const letters = roleLetters(t);
  return (
    <section className="lp-legend" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('picture.legend')}</h3>
      <ul>
        {ROLES.map((role) => (
          <li key={role}>
            <RoleSwatch role={role} letter={letters[role]} />
            {t('picture.legendRole', { letter: letters[role], role: t(`role.${role}`) })}
          </li>
        ))}
        <li>
          <span className="lp-key-frame lp-key-owner" aria-hidden="true" />
          {t('picture.legendOwner')}
        </li>
        <li>
          <span className="lp-key-frame lp-key-supporter" aria-hidden="true" />
          {t('picture.legendSupporter')}
        </li>
        <li>
          <span className="lp-key-frame lp-key-changed" aria-hidden="true" />
          {t('picture.legendChanged')}
        </li>
      </ul>
    </section>
  );
}
