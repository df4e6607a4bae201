import { describe, expect, it } from 'vitest';
import { createWorkspace } from '@/model/create-workspace';
import { setDeliveryMode, setResourceService } from '@/model/edit-engagements';
import { replaceWorkspace } from '@/model/replace-workspace';
import { createWorkspaceStore } from './workspace-store';

const engagement = (store: ReturnType<typeof createWorkspaceStore>) =>
  store.getState().workspace.engagements[0];

describe('the workspace store’s edit', () => {
  it('applies the named model edit with its arguments as one undoable step', () => {
    const store = createWorkspaceStore();
    const before = store.getState().workspace;
    store.getState().edit(setResourceService, 'engagement-1', 'paas');
    expect(engagement(store)?.resourceService).toBe('paas');
    expect(store.getState().history.past).toEqual([before]);
    store.getState().undo();
    expect(store.getState().workspace).toBe(before);
    store.getState().redo();
    expect(engagement(store)?.resourceService).toBe('paas');
  });

  it('leaves no undo step for an edit that changes nothing', () => {
    const store = createWorkspaceStore();
    store.getState().edit(setDeliveryMode, 'engagement-1', 'cloudService');
    expect(store.getState().history.past).toEqual([]);
  });

  it('drops the redo branch when a new edit follows an undo', () => {
    const store = createWorkspaceStore();
    store.getState().edit(setResourceService, 'engagement-1', 'paas');
    store.getState().undo();
    store.getState().edit(setDeliveryMode, 'engagement-1', 'softwareDelivery');
    expect(store.getState().history.future).toEqual([]);
    expect(engagement(store)?.resourceService).toBe('iaas');
  });

  it('puts another workspace in place as one undoable step', () => {
    const store = createWorkspaceStore();
    const before = store.getState().workspace;
    const imported = createWorkspace({ resourceService: 'saas', mode: 'softwareDelivery' });
    store.getState().edit(replaceWorkspace, imported);
    expect(store.getState().workspace).toBe(imported);
    store.getState().undo();
    expect(store.getState().workspace).toBe(before);
  });

  it('does not move the engagement shown on undo', () => {
    const store = createWorkspaceStore();
    store.getState().edit(setResourceService, 'engagement-1', 'paas');
    store.getState().selectEngagement('engagement-1');
    store.getState().undo();
    expect(store.getState().currentEngagementId).toBe('engagement-1');
  });
});
