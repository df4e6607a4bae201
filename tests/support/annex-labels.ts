// The annex's real words in both languages, for tests under src/export, which may not import a
// feature themselves: the annex is tested with the labels the app gives it, not a copy.
import { annexLabelsFor } from '@/features/import-export/annex-labels-for';

export { annexLabelsFor };

/** The annex's labels in English. */
export const annexLabelsEn = await annexLabelsFor('en');

/** The annex's labels in Chinese. */
export const annexLabelsZhCn = await annexLabelsFor('zh-CN');
