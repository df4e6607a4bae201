import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { loadArea, provideAreaRegistry } from '@/i18n/area-cache';
import { AREA_LOADERS, type Area } from '@/i18n/area-loaders';
import { LANGUAGES } from '@/i18n/languages';
import { INITIAL_LIBRARY_STATE, useLibraryStore } from '@/store/persistence/library-store';
import { resetWorkspaceStore } from '@/store/use-workspace-store';

// Component tests render with every area's texts already loaded, as after the lazy feature has
// come in: a component then renders at once instead of suspending (src/i18n/i18n-provider.test.tsx
// tests the suspending itself).
// The registry is there from the start (as main.tsx gives it), for a test module's own top-level
// loadTranslate.
provideAreaRegistry(() => import('@/i18n/area-loaders'));
beforeAll(async () => {
  const areas = Object.keys(AREA_LOADERS) as Area[];
  await Promise.all(areas.flatMap((area) => LANGUAGES.map((language) => loadArea(area, language))));
});

// Component tests render the workbench as it is once storage has opened.
beforeEach(() => useLibraryStore.setState({ ...INITIAL_LIBRARY_STATE, phase: 'ready' }, true));

afterEach(() => {
  cleanup();
  resetWorkspaceStore();
  localStorage.clear();
});
