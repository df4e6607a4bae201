import { useT } from '@/i18n/i18n-provider';
import { FILES_MESSAGES, type FilesKey } from '@/i18n/files-messages';

const FIELDS: Readonly<Record<string, FilesKey>> = {
  title: 'contract.title',
  version: 'contract.version',
  date: 'contract.date',
  notes: 'contract.notes',
};

/** The name of a contract field as the contract panel shows it. */
export function useContractFieldName(): (field: string) => string {
  const f = useT('files');
  return (field) => {
    const key = FIELDS[field];
    return key ? f(key) : field;
  };
}
