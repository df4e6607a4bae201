/** English texts of the recovery screen (a saved workspace that cannot be read); loaded with it. */
export const recoveryEn = {
  'recovery.heading': 'A saved workspace could not be read',
  'recovery.explain':
    'The data stored for “{name}” does not match what the app expects. It was copied to a backup before anything else, and nothing has been written over it.',
  'recovery.backup': 'Backup record: {key}',
  'recovery.issues': 'What is wrong',
  'recovery.download': 'Download the stored data',
  'recovery.reset': 'Start a new workspace (the backup stays)',
  'recovery.readOnly': 'Continue without saving',
} as const;
