import type { InformationChannel } from '@/model/workspace';
import type { Translate } from './translate';

/** A channel's category in words: one of the report's three examples, or the name the user gave its own. */
export function describeChannelCategory(
  channel: Pick<InformationChannel, 'category' | 'categoryName'>,
  t: Translate,
): string {
  const name = channel.category === 'other' ? channel.categoryName?.trim() : '';
  return name || t(`infoCategory.${channel.category}`);
}
