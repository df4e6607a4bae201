import { prerender } from 'react-dom/static';
import { provideAreaRegistry } from '@/i18n/area-cache';
import type { Language } from '@/i18n/languages';
import { createWorkspace, DEFAULT_SCENARIO } from '@/model/create-workspace';
import { resetWorkspaceStore } from '@/store/use-workspace-store';
import { AppRoot } from './app-root';
import { firstScreenIdPrefix } from './first-screen';

/**
 * The first screen as HTML, rendered at build time in Node (scripts/prerender-plugin.ts): the tree
 * main.tsx hydrates (AppRoot), for a first visit: a new workspace in the default scenario, the matrix
 * view, storage not answered yet. `prerender` waits for every suspended part (the texts of lazily
 * loaded areas), so the markup is complete.
 */
export async function renderFirstScreen(language: Language): Promise<string> {
  provideAreaRegistry(() => import('@/i18n/area-loaders'));
  resetWorkspaceStore(createWorkspace(DEFAULT_SCENARIO));
  const errors: unknown[] = [];
  const { prelude } = await prerender(<AppRoot language={language} />, {
    identifierPrefix: firstScreenIdPrefix(language),
    onError: (error) => {
      errors.push(error);
    },
  });
  if (errors.length > 0) throw errors[0];
  return new Response(prelude).text();
}
