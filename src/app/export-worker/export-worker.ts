// The export worker's entry: every export that can take longer than a frame runs here, off the main
// thread (architecture.md). Loaded on the first export, never with the page.
import { type ExportPort, serveExports } from '@/export/worker/serve-exports';
import { provideAreaRegistry } from '@/i18n/area-cache';
import { EXPORT_JOBS } from './export-jobs';
import { type ImportPort, serveImports } from './serve-imports';

// The words of an export come from the same areas as the screens' (loadTranslate).
provideAreaRegistry(() => import('@/i18n/area-loaders'));

// In a dedicated worker `self` is the worker's scope, which speaks the port's two methods.
serveExports(EXPORT_JOBS, self as unknown as ExportPort);
// Reading a large imported file is the same kind of work, so the same worker serves it.
serveImports(self as unknown as ImportPort);
