import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { INITIAL_LIBRARY_STATE, useLibraryStore } from '@/store/persistence/library-store';
import { resetWorkspaceStore } from '@/store/use-workspace-store';

// Component tests render the workbench as it is once storage has opened.
beforeEach(() => useLibraryStore.setState({ ...INITIAL_LIBRARY_STATE, phase: 'ready' }, true));

afterEach(() => {
  cleanup();
  resetWorkspaceStore();
  localStorage.clear();
});
