import { useEffect } from 'react';
import type { Translate } from '@/i18n/translate';
import { useLibraryStore } from '@/store/persistence/library-store';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { cssString, pageCounterContent } from './css-content';

const HEADER_PROPERTY = '--print-annex-header';
const PAGE_PROPERTY = '--print-annex-page-of';
const MAX_HEADER = 90;

/**
 * Gives the printed pages their running header (the workspace's title) and page numbers in the
 * current language. `@page` boxes inherit only from the root element, so the texts are set there.
 */
export function usePageBoxes(p: Translate<'print'>): void {
  const workspaceName = useLibraryStore((s) => s.current?.name ?? '');
  const contractTitle = useWorkspaceStore((s) => s.workspace.contract.title);
  const version = useWorkspaceStore((s) => s.workspace.contract.version.trim());
  const title = workspaceName.trim() || contractTitle.trim() || p('print.annexTitle');
  const short = title.length > MAX_HEADER ? `${title.slice(0, MAX_HEADER - 1)}…` : title;
  const header = version ? p('print.header', { title: short, version }) : short;
  const pageOf = p('print.pageOf');
  useEffect(() => {
    const style = document.documentElement.style;
    style.setProperty(HEADER_PROPERTY, cssString(header));
    style.setProperty(PAGE_PROPERTY, pageCounterContent(pageOf));
    return () => {
      style.removeProperty(HEADER_PROPERTY);
      style.removeProperty(PAGE_PROPERTY);
    };
  }, [header, pageOf]);
}
