/** English texts of saved workspaces, save state, conflicts and recovery. */
export const persistenceEn = {
  'workspaces.heading': 'Workspaces',
  'workspaces.nameLabel': 'Workspace name',
  'workspaces.untitled': 'Untitled workspace',
  'workspaces.new': 'New workspace',
  'workspaces.duplicate': 'Duplicate',
  'workspaces.delete': 'Delete',
  'workspaces.open': 'Open',
  'workspaces.list': 'Saved in this browser',
  'workspaces.updated': 'saved {time}',
  'workspaces.current': 'open now',
  'workspaces.shared': 'from a share link',
  'workspaces.recovered': 'unsaved work recovered from a closed tab',
  'workspaces.copyName': '{name} (copy)',
  'workspaces.deleted': 'Deleted “{name}”.',
  'workspaces.undoDelete': 'Undo delete',
  'workspaces.newer': 'Saved by a newer version of the app; open it there. It is left untouched.',
  'workspaces.corrupt': 'Damaged; a backup copy was kept.',
  'workspaces.openFailed': 'Could not open “{name}”: {why}',
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
  'share.make': 'Share as a link',
  'share.linkLabel': 'Link to this workspace',
  'share.copied': 'Copied to the clipboard.',
  'share.carriesData':
    'The link itself carries all the data of this workspace: anyone who has it can read it. Send it only to the parties of the contract.',
  'share.tooLarge':
    'This workspace is too large for a link ({length} characters; at most {limit}). Send it as a file instead.',
  'share.exportInstead': 'Export as a file',
  'share.opened':
    'Opened the shared workspace “{name}” as a new workspace. Your other workspaces are unchanged.',
  'share.refused': 'The shared link could not be opened, and nothing was changed:',
  'starting.message': 'Opening your saved workspaces…',
} as const;
