/** English texts of saved workspaces, save state, conflicts and recovery. */
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
  'recovery.heading': 'A saved workspace could not be read',
  'recovery.explain':
    'The data stored for “{name}” does not match what the app expects. It was copied to a backup before anything else, and nothing has been written over it.',
  'recovery.backup': 'Backup record: {key}',
  'recovery.issues': 'What is wrong',
  'recovery.download': 'Download the stored data',
  'recovery.reset': 'Start a new workspace (the backup stays)',
  'recovery.readOnly': 'Continue without saving',
  'starting.message': 'Opening your saved workspaces…',
} as const;
