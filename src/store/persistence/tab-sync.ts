/** What one tab tells the others of the same origin. */
export type TabMessage =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number }
  | { readonly type: 'listChanged' };

/** A channel between the tabs of this app; a no-op where BroadcastChannel does not exist. */
export interface TabSync {
  post(message: TabMessage): void;
  close(): void;
}

/** Opens the channel and calls `onMessage` for every message another tab posts. */
export function openTabSync(onMessage: (message: TabMessage) => void): TabSync {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel('shared-responsibility-workbench');
  channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
