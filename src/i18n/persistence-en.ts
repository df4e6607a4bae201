/** English texts of saved workspaces, save state and conflicts. */
export const persistenceEn = {
  'workspaces.untitled': 'Untitled workspace',
  'save.saved': 'All changes saved',
  'save.saving': 'Saving…',
  'save.pending': 'Saving soon…',
  'save.notSaved.quota':
    'Not saved: the browser’s storage is full. Export a copy to keep your work.',
  'save.notSaved.blocked':
    'Not saved: this browser does not let the app keep data (private window or policy). Export a copy to keep your work.',
  'save.notSaved.unavailable':
    'Not saved: the browser’s storage is not available. Export a copy to keep your work.',
  'save.notSaved.conflict':
    'Not saved: another tab changed this workspace. Choose which version to keep.',
  'save.notSaved.read-only': 'Read-only: this tab writes nothing to the browser’s storage.',
  'save.notSaved.memory':
    'Not kept: this browser keeps no data for the app, so your work lasts only until the tab closes. Export a copy to keep it.',
  'storage.persistent': 'The browser keeps this data until you delete it.',
  'storage.notPersistent':
    'The browser may clear saved data when space runs low: export a backup now and then.',
  'conflict.message':
    'Another tab saved a newer version of this workspace while this tab had unsaved changes. Both versions are kept until you choose.',
  'conflict.keepMine': 'Keep mine as a new workspace',
  'conflict.takeTheirs': 'Show the newer version (drop my changes)',
  'conflict.mineName': '{name} (my version)',
  'starting.message': 'Opening your saved workspaces…',
} as const;
