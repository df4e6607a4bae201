import { nextId } from './create-workspace';
import type { InformationChannel, Workspace } from './workspace';

/** A channel before it has an id. */
export type ChannelDraft = Omit<InformationChannel, 'id'>;

/** The texts of a channel a user can change. */
export type ChannelPatch = Partial<
  Pick<
    InformationChannel,
    'what' | 'trigger' | 'timeliness' | 'medium' | 'category' | 'categoryName'
  >
>;

/** Adds channels, each with the next free `channel-n` id; adding none leaves the workspace as it was. */
export function addChannels(workspace: Workspace, drafts: readonly ChannelDraft[]): Workspace {
  if (drafts.length === 0) return workspace;
  const ids = workspace.channels.map((c) => c.id);
  const added = drafts.map((draft) => {
    const id = nextId('channel', ids);
    ids.push(id);
    return { id, ...draft };
  });
  return { ...workspace, channels: [...workspace.channels, ...added] };
}

/** Adds one channel with the next free id. */
export function addChannel(workspace: Workspace, draft: ChannelDraft): Workspace {
  return addChannels(workspace, [draft]);
}

/** Changes the texts or category of a channel; a change to what is already there leaves no undo step. */
export function updateChannel(
  workspace: Workspace,
  channelId: string,
  patch: ChannelPatch,
): Workspace {
  const channel = workspace.channels.find((c) => c.id === channelId);
  if (!channel) return workspace;
  const next = { ...channel, ...patch };
  const keys = Object.keys(patch) as (keyof ChannelPatch)[];
  if (keys.every((key) => next[key] === channel[key])) return workspace;
  return {
    ...workspace,
    channels: workspace.channels.map((c) => (c.id === channelId ? next : c)),
  };
}

/** Removes a channel; an id that is not there leaves the workspace as it was. */
export function removeChannel(workspace: Workspace, channelId: string): Workspace {
  if (!workspace.channels.some((c) => c.id === channelId)) return workspace;
  return { ...workspace, channels: workspace.channels.filter((c) => c.id !== channelId) };
}
