import type { Engagement } from '@/model/workspace';
import type { Translate } from './translate';

/**
 * What an engagement is called on screen: its own name, or its number and scenario when it has no
 * name yet, so two unnamed engagements are never shown alike.
 */
export function describeEngagement(
  engagements: readonly Engagement[],
  engagementId: string,
  t: Translate,
): string {
  const index = engagements.findIndex((e) => e.id === engagementId);
  const engagement = engagements[index];
  return engagement ? describeEngagementAt(engagement, index, t) : engagementId;
}

/** `describeEngagement` for an engagement whose place in the list is known (a list of all of them). */
export function describeEngagementAt(engagement: Engagement, index: number, t: Translate): string {
  const name = engagement.name.trim();
  if (name) return name;
  return t('engagement.unnamed', {
    number: index + 1,
    serviceType: t(`serviceTypeShort.${engagement.resourceService}`),
    mode: t(`mode.${engagement.mode}`),
  });
}
