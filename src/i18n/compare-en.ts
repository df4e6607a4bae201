/** English texts of the compare view, loaded with it. */
export const compareEn = {
  'compare.intro':
    'See how duties move between two scenarios, two engagements, or an engagement here and one in another saved workspace. Cells whose duties differ are marked “changed”.',
  'compare.source': 'What to compare',
  'compare.source.scenarios': 'Two scenarios',
  'compare.source.scenariosHint':
    'The report’s baseline for the current engagement’s parties and services, in two scenarios; changes agreed in the contract are left out.',
  'compare.source.engagements': 'Two engagements of this workspace',
  'compare.source.engagementsHint': 'Each as agreed, with its changes from the baseline.',
  'compare.source.workspaces': 'An engagement here and one in another workspace',
  'compare.source.workspacesHint':
    'The other workspace is only read: it is not opened and nothing in it changes.',
  'compare.side': 'Side {side}',
  'compare.workspace': 'Saved workspace',
  'compare.noOtherWorkspace':
    'No other workspace is saved in this browser. Create one (for example from a template in the workspaces panel) to compare with it.',
  'compare.oneEngagement':
    'This workspace has only one engagement. Add another, or compare two scenarios.',
  'compare.loading': 'Reading the workspace…',
  'compare.read.newer':
    'That workspace was saved by a newer version of the app and cannot be read here.',
  'compare.read.corrupt': 'That workspace is damaged and cannot be read. Open it to recover it.',
  'compare.read.missing': 'That workspace is no longer saved in this browser.',
  'compare.read.failed': 'That workspace could not be read from the browser’s storage. Try again.',
  'compare.noEngagementThere': 'That workspace has no engagement to compare.',
  'compare.compareParties': 'Count another party carrying the same duty as a difference',
  'compare.scenarioLabel': '{serviceType} · {mode}',
  'compare.workspaceEngagement': '{engagement} (in “{workspace}”)',
  'compare.matrices': 'Side by side',
  'compare.tableCaption': '{side}: {label}',
  'compare.changed': 'changed',
  'compare.differences': 'Differences',
  'compare.noDifferences': 'No differences: every cell says the same on both sides.',
  'compare.count': '{count} cell(s) differ, in {rows} row(s).',
  'compare.move': '“{duty}” moves from {from} to {to}.',
  'compare.gain': '{role} takes on “{duty}”.',
  'compare.loss': '{role} no longer carries “{duty}”.',
  'compare.partyChange': '{role}: “{duty}” passes from {from} to {to}.',
  'compare.onlyIn': 'Only side {side} has this row.',
  'compare.noParty': 'no named party',
  'compare.rowOrdinal': '{row} ({n})',
  'compare.download': 'Download differences (CSV)',
  'compare.fileKind': 'responsibility-comparison',
  'compare.none': 'none',
  'compare.change.both': 'changed',
  'compare.change.before': 'only in A',
  'compare.change.after': 'only in B',
} as const;
