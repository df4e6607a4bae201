import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetWorkspaceStore } from '@/store/use-workspace-store';

afterEach(() => {
  cleanup();
  resetWorkspaceStore();
  localStorage.clear();
});
