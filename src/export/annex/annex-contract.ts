import { findContractGaps } from '@/model/contract-gaps';
import type { Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';
import type { AnnexBlock } from './annex-model';
import { headerCells, heading, note } from './annex-size';

/** The contract the annex belongs to: its title, version, date and notes. */
export function buildContractSection(workspace: Workspace, labels: AnnexLabels): AnnexBlock[] {
  const { contract } = workspace;
  const orNotSet = (value: string) => (value.trim() === '' ? labels.document.notSet : value.trim());
  return [
    heading(labels.contract.heading, 1),
    {
      kind: 'fields',
      look: 'grid',
      rows: [
        [labels.contract.title, orNotSet(contract.title)],
        [labels.contract.version, orNotSet(contract.version)],
        [labels.contract.date, orNotSet(contract.date)],
        [labels.contract.notes, orNotSet(contract.notes)],
      ],
    },
  ];
}

/** What the contract lacked when it was exported, in words; nothing when it is complete. */
export function buildGapsSection(workspace: Workspace, labels: AnnexLabels): AnnexBlock[] {
  const gaps = findContractGaps(workspace);
  if (gaps.length === 0) return [];
  return [
    heading(labels.gaps.heading, 1),
    note(labels.gaps.intro),
    {
      kind: 'list',
      tone: 'body',
      items: gaps.map((gap) => ({ text: labels.gaps.describe(gap, workspace) })),
    },
  ];
}

/** The named parties with the roles each holds, or a line saying none is named. */
export function buildPartiesSection(workspace: Workspace, labels: AnnexLabels): AnnexBlock[] {
  if (workspace.parties.length === 0) {
    return [heading(labels.parties.heading, 1), note(labels.parties.none)];
  }
  return [
    heading(labels.parties.heading, 1),
    {
      kind: 'table',
      table: 'parties',
      header: headerCells([labels.parties.name, labels.parties.roles]),
      rows: workspace.parties.map((party) => [
        { text: party.name },
        { text: party.roles.map((role) => labels.role(role)).join(labels.document.listSeparator) },
      ]),
      rowHeaders: true,
    },
  ];
}
