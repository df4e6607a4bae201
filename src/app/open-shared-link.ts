import { getPersistence } from '@/store/persistence/persistence-handle';
import { addNotice } from './notices-store';

/**
 * Opens a workspace carried by the address's fragment (`#share=v1.…`) as a new workspace marked as
 * shared, never replacing one; then removes the fragment from the address bar so a reload or a
 * bookmark does not repeat it. A refused link changes nothing and says why.
 */
export async function openSharedLink(defaultName: string): Promise<void> {
  const { decodeShareLink, findShareData } = await import('@/import/share-link/decode-share-link');
  const data = findShareData(window.location.hash);
  if (data === null) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  const result = await decodeShareLink(data);
  if (!result.ok) {
    addNotice({ kind: 'share-refused', issues: result.issues });
    return;
  }
  const name = result.value.contract.title || defaultName;
  await getPersistence()?.controller.create(name, result.value, true);
  addNotice({ kind: 'share-opened', name });
}
