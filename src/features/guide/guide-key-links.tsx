import { useT } from '@/i18n/i18n-provider';
import { INFORMATION_CATEGORIES, KEY_LINKS } from '@/model/principles';

/** The three key links; the third lists the three categories of information that parties share. */
export function GuideKeyLinks() {
  const t = useT();
  const g = useT('guide');
  return (
    <ol className="guide-links">
      {KEY_LINKS.map((link) => (
        <li key={link}>
          <strong className="guide-link-name">{t(`keyLink.${link}`)}</strong>
          <p>{g(`guide.links.${link}`)}</p>
          {link === 'informationSharing' ? (
            <ul className="guide-list">
              {INFORMATION_CATEGORIES.map((category) => (
                <li key={category}>{t(`infoCategory.${category}`)}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
