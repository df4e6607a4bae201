import type { AreaKey } from '@/i18n/area-loaders';
import { useT } from '@/i18n/i18n-provider';

const FIELDS: Readonly<Record<string, AreaKey<'files'>>> = {
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
