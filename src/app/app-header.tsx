import { SaveStatus } from '@/features/workspaces/save-status';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { LANGUAGES, type Language } from '@/i18n/languages';
import { SelectField } from '@/ui/select-field';
import { UndoRedoButtons } from './undo-redo-buttons';

// Each language is named in itself, so a reader finds theirs whatever the current language is.
const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  'zh-CN': '中文（简体）',
  en: 'English',
};

/** The app's title and the language switch. */
export function AppHeader() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="app-subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="app-header-tools">
        <SaveStatus />
        <UndoRedoButtons />
        <SelectField
          label={t('language.label')}
          value={language}
          onChange={setLanguage}
          options={LANGUAGES.map((tag) => ({ value: tag, label: LANGUAGE_NAMES[tag], lang: tag }))}
        />
      </div>
    </header>
  );
}
