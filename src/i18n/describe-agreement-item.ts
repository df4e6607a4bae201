import type { Department } from '@/model/departments';
import type { Engagement, InformationChannel, Override, Party, Workspace } from '@/model/workspace';
import type { AreaKey } from './area-loaders';
import { describeAssignment } from './describe-assignment';
import { describeEngagement } from './describe-engagement';
import { describeParty } from './describe-party';
import type { MessageKey } from './en';
import type { MessageParams, Translate } from './translate';

/** A translate function over the agreement area's keys (the annex may pass one over that area alone). */
export type AgreementTranslate = (key: AreaKey<'agreement'>, params?: MessageParams) => string;

/** What names are looked up in: every version of the workspace the redline shows. */
export interface NameSources {
  readonly parties: readonly Party[];
  readonly engagements: readonly Engagement[];
  readonly departments: readonly Department[];
}

/** The names of both versions together, so a removed or a new record is still named. */
export function nameSources(...workspaces: readonly Workspace[]): NameSources {
  const byId = <T extends { id: string }>(lists: readonly (readonly T[])[]) => [
    ...new Map(lists.flat().map((item) => [item.id, item])).values(),
  ];
  return {
    parties: byId(workspaces.map((w) => w.parties)),
    engagements: byId(workspaces.map((w) => w.engagements)),
    departments: byId(workspaces.map((w) => w.departments)),
  };
}

function rowName(rowId: string, t: Translate): string {
  if (rowId.includes(':'))
    return t(`serviceType.${rowId.slice(0, rowId.indexOf(':'))}` as MessageKey);
  return t(`layer.${rowId}` as MessageKey);
}

/** An item of the agreed content in the user's words: "Cell Core banking · Business data · Provider". */
export function describeItem(
  key: string,
  value: unknown,
  names: NameSources,
  t: Translate,
  a: AgreementTranslate,
  contractField: (field: string) => string,
): string {
  const [kind = '', ...rest] = key.split('/');
  const engagement = (id = '') => describeEngagement(names.engagements, id, t);
  const party = (id = '') => describeParty(names.parties, id, t);
  switch (kind) {
    case 'contract':
      return a('item.contract', { field: contractField(rest[0] ?? '') });
    case 'party':
      return a('item.party', { name: party(rest[0]) });
    case 'engagement':
      return a('item.engagement', { name: engagement(rest[0]) });
    case 'cell':
      return a('item.cell', {
        engagement: engagement(rest[0]),
        row: rowName(rest[1] ?? '', t),
        role: t(`role.${rest[2]}` as MessageKey),
      });
    case 'channel': {
      const channel = value as InformationChannel | undefined;
      return a('item.channel', {
        from: party(channel?.fromPartyId),
        to: party(channel?.toPartyId),
      });
    }
    case 'jointResponse':
      return a('item.jointResponse', { engagement: engagement(rest[0]) });
    case 'department': {
      const department = names.departments.find((d) => d.id === rest[0]);
      return a('item.department', { name: department?.name || department?.kind || rest[0] || '' });
    }
    case 'raci': {
      const department = names.departments.find((d) => d.id === rest[2]);
      return a('item.raci', {
        engagement: engagement(rest[0]),
        row: rowName(rest[1] ?? '', t),
        department: department?.name || department?.kind || rest[2] || '',
      });
    }
    default:
      return key;
  }
}

/** A value of an item in words, short enough for a redline row. */
export function describeItemValue(
  key: string,
  value: unknown,
  names: NameSources,
  t: Translate,
  a: AgreementTranslate,
): string {
  if (value === undefined) return a('redline.absent');
  if (typeof value === 'string') return value || a('redline.absent');
  if (key.startsWith('cell/')) {
    const cell = value as Override;
    const duties = cell.assignments.map((assignment) => {
      const who = assignment.partyId
        ? `${describeParty(names.parties, assignment.partyId, t)}: `
        : '';
      return `${who}${describeAssignment(assignment, t)}`;
    });
    const reason = cell.reason ? `; ${a('value.reason', { reason: cell.reason })}` : '';
    return `${duties.join(', ') || a('value.noDuty')}${reason}`;
  }
  if (key.startsWith('channel/')) {
    const channel = value as InformationChannel;
    return [
      t(`infoCategory.${channel.category}`),
      channel.what,
      channel.trigger,
      channel.timeliness,
      channel.medium,
    ]
      .filter((part) => part.trim() !== '')
      .join(' · ');
  }
  if (key.startsWith('party/')) {
    const party = value as Party;
    return `${party.name} (${party.roles.map((role) => t(`role.${role}`)).join(', ')})`;
  }
  if (key.startsWith('engagement/')) {
    const e = value as Engagement;
    return [e.name, t(`serviceType.${e.resourceService}`), t(`mode.${e.mode}`)]
      .filter(Boolean)
      .join(' · ');
  }
  if (key.startsWith('raci/')) return (value as { letters: readonly string[] }).letters.join(', ');
  if (key.startsWith('department/'))
    return (value as Department).name || (value as Department).kind;
  return JSON.stringify(value);
}
