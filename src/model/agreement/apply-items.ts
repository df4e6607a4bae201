import type { Department, RaciEntry } from '../departments';
import type {
  ContractMeta,
  Engagement,
  InformationChannel,
  JointResponse,
  Override,
  Party,
  Workspace,
} from '../workspace';
import { type ContentItems, listContentItems } from './content-items';

function rebuildList<T>(prefix: string, currentItems: ContentItems, items: ContentItems): T[] {
  // Keeps the user's order for what stays and adds what is new after it, in key order.
  const currentKeys = [...currentItems.keys()].filter((key) => key.startsWith(prefix));
  const kept = currentKeys.filter((key) => items.has(key));
  const added = [...items.keys()].filter((key) => key.startsWith(prefix) && !currentItems.has(key));
  return [...kept, ...added.sort()].map((key) => items.get(key) as T);
}

/**
 * Builds the workspace whose agreed content is `items`, from `workspace`: lists keep their order for
 * the records that stay, new records follow. The agreement record is kept as it is.
 */
export function applyContentItems(workspace: Workspace, items: ContentItems): Workspace {
  const currentItems = listContentItems(workspace);
  const field = (name: keyof ContractMeta) => {
    const value = items.get(`contract/${name}`);
    return typeof value === 'string' ? value : '';
  };
  const list = <T>(prefix: string) => rebuildList<T>(prefix, currentItems, items);
  return {
    ...workspace,
    contract: {
      title: field('title'),
      version: field('version'),
      date: field('date'),
      notes: field('notes'),
    },
    parties: list<Party>('party/'),
    engagements: list<Engagement>('engagement/'),
    overrides: list<Override>('cell/'),
    channels: list<InformationChannel>('channel/'),
    jointResponses: list<JointResponse>('jointResponse/'),
    departments: list<Department>('department/'),
    raci: list<RaciEntry>('raci/'),
  };
}
