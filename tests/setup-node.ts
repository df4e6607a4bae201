import { provideAreaRegistry } from '@/i18n/area-cache';

// Non-UI tests load texts as the app and the export worker do (loadTranslate), from the registry
// those provide at start-up.
provideAreaRegistry(() => import('@/i18n/area-loaders'));
