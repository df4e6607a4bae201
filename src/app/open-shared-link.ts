import { useLibraryStore } from '@/store/persistence/library-store';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { findSharedCopy } from '@/store/persistence/shared-link-copies';
import { addNotice } from './notices-store';

/**
 * Opens a workspace carried by the address's fragment (`#share=v1.…`) as a preview, saved only when
 * the user chooses "Save as a new workspace" (never replacing one); a link saved before opens its
 * saved copy instead. Then removes the fragment from the address bar so a reload or a bookmark does
 * not repeat it. A refused link changes nothing and says why.
 */
export async function openSharedLink(): Promise<void> {
  const { decodeShareLink, findShareData } = await import('@/import/share-link/decode-share-link');
  const data = findShareData(window.location.hash);
  if (data === null) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  // Checked first: a refused link (too long, tampered) is never hashed or looked up.
  const result = await decodeShareLink(data);
  if (!result.ok) {
    addNotice({ kind: 'share-refused', issues: result.issues });
    return;
  }
  // The saved copies are remembered by the first 16 bytes of the link data's SHA-256.
  const { sha256Hex } = await import('@/export/agreement/fingerprint');
  const fingerprint = (await sha256Hex(data)).slice(0, 32);
  const copyId = findSharedCopy(fingerprint);
  const copy = useLibraryStore.getState().summaries.find((s) => s.id === copyId);
  if (copy) {
    await getPersistence()?.controller.open(copy.id);
    addNotice({ kind: 'share-already', name: copy.name });
    return;
  }
  addNotice({ kind: 'share-preview', workspace: result.value, fingerprint });
}
