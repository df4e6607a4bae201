/** What a backup file of all workspaces says it is. */
export const BACKUP_FORMAT = 'shared-responsibility-workbench/backup';

/** The backup format's version; each workspace inside carries its own document version too. */
export const BACKUP_SCHEMA_VERSION = 1;

/** One workspace in a backup: its name in the list, whether it came from a share link, its document. */
export interface BackupEntry<TDocument> {
  readonly name: string;
  readonly shared: boolean;
  readonly document: TDocument;
}
