import { create } from 'zustand';
import type { ImportIssue } from '@/import/import-issue';
import type { Scenario } from '@/model/assurance-scope';
import type { Workspace } from '@/model/workspace';

/** Something the app tells the user once, outside any panel (the UI turns the kind into text). */
export type Notice =
  | { readonly kind: 'share-opened'; readonly name: string }
  | { readonly kind: 'share-already'; readonly name: string }
  | {
      readonly kind: 'share-preview';
      readonly workspace: Workspace;
      /** Of the link's data: a second opening of the same link finds the copy saved from it. */
      readonly fingerprint: string;
    }
  | { readonly kind: 'share-refused'; readonly issues: readonly ImportIssue[] }
  /** A closed tab's work conflicted with a newer save and was kept as a workspace of its own. */
  | { readonly kind: 'recovered'; readonly name: string; readonly copyId: string }
  /** The address named an engagement this workspace does not have. */
  | { readonly kind: 'address-engagement-missing'; readonly engagementId: string }
  /** The address asked for another scenario than the saved one; not applied unless the user says so. */
  | {
      readonly kind: 'address-scenario-differs';
      readonly engagementId: string;
      readonly scenario: Scenario;
    };

interface NoticesState {
  readonly notices: readonly (Notice & { readonly id: number })[];
}

let nextId = 1;

/** Notices waiting to be read and dismissed. */
export const useNoticesStore = create<NoticesState>()(() => ({ notices: [] }));

/** Shows a notice. */
export function addNotice(notice: Notice): void {
  useNoticesStore.setState((s) => ({ notices: [...s.notices, { ...notice, id: nextId++ }] }));
}

/** Dismisses a notice. */
export function dismissNotice(id: number): void {
  useNoticesStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
