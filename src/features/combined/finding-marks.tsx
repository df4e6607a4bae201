import { useT } from '@/i18n/i18n-provider';
import { FINDING_RULES, type FindingCode } from '@/model/findings';
import { StatusIcon } from '@/ui/status-icon';

/** The findings on a cell or a row, each with its severity's shape and its name in words. */
export function FindingMarks({ codes }: { codes: readonly FindingCode[] }) {
  const t = useT();
  const sectionT = useT('combined', 'findings');
  if (codes.length === 0) return null;
  return (
    <ul className="combined-findings">
      {codes.map((code) => {
        const { severity } = FINDING_RULES[code];
        return (
          <li key={code} className={`combined-finding combined-finding-${severity}`}>
            <StatusIcon tone={severity} size={14} />
            <span>
              {sectionT('combined.finding', {
                severity: t(`severity.${severity}`),
                finding: sectionT(`finding.${code}`),
              })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
