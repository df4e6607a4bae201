import { useT } from '@/i18n/i18n-provider';
import type { ImportIssue } from '@/import/import-issue';

/** Every issue of a refused file: where it is (line and column, or path), what is wrong, what was expected. */
export function ImportIssueList({ issues }: { issues: readonly ImportIssue[] }) {
  const t = useT('import-issues');
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => {
        const where =
          issue.line !== undefined && issue.column !== undefined
            ? t('issue.atLineColumn', { line: issue.line, column: issue.column })
            : issue.line !== undefined && issue.character !== undefined
              ? t('issue.atLineCharacter', { line: issue.line, character: issue.character })
              : issue.line !== undefined
                ? t('issue.atLine', { line: issue.line })
                : issue.path
                  ? t('issue.atPath', { path: issue.path })
                  : '';
        const parts = [
          t(`issue.${issue.code}`),
          ...(issue.expected ? [t('issue.expected', { expected: issue.expected })] : []),
          ...(issue.received !== undefined
            ? [t('issue.received', { received: issue.received })]
            : []),
        ];
        return (
          // Issues have no id; the list is rebuilt whole for every file.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            {where ? <strong>{where}: </strong> : null}
            {parts.join('; ')}
          </li>
        );
      })}
    </ul>
  );
}
