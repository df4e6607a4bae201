import { memo, useDeferredValue, useId, useMemo } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import type { Engagement, Override } from '@/model/workspace';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { describeBands, roleLetters, toBandText } from './band-words';
import { deriveLayerBands } from './layer-bands';
import { LayerStack } from './layer-stack';
import { PictureLegend } from './picture-legend';
import { layoutStack } from './stack-layout';
import { useContainerWidth } from './use-container-width';
import './layer-picture.css';

const COMPACT_BELOW = 560;

/** The current scenario's five asset layers as a stack: who owns and who supports each, live. */
export function LayerPicture() {
  // Deferred: the matrix answers a click within the frame, the picture follows right after.
  const engagement = useDeferredValue(useWorkspaceStore(selectCurrentEngagement));
  const overrides = useDeferredValue(useWorkspaceStore((s) => s.workspace.overrides));
  if (!engagement) return null;
  return <LayerPictureContent engagement={engagement} overrides={overrides} />;
}

// Memoised, so the urgent render of an edit (with the deferred, unchanged values) stops here.
const LayerPictureContent = memo(function LayerPictureContent({
  engagement,
  overrides,
}: {
  engagement: Engagement;
  overrides: readonly Override[];
}) {
  const t = useT('picture');
  const headingId = useId();
  // The picture shows the matrix as agreed, overrides included, so it never disagrees with the table.
  const bands = useMemo(
    () => deriveLayerBands(deriveMatrixMemo(engagement, overrides)),
    [engagement, overrides],
  );
  const [figureRef, width] = useContainerWidth();
  // Below this width the full stack would shrink its text out of legibility; the compact one reads.
  const variant = width !== undefined && width < COMPACT_BELOW ? 'compact' : 'full';
  const geometry = useMemo(
    () =>
      layoutStack(
        bands.map((band) => toBandText(band, t)),
        variant,
      ),
    [bands, t, variant],
  );
  const title = t('picture.title', {
    serviceType: t(`serviceType.${engagement.resourceService}`),
    mode: t(`mode.${engagement.mode}`),
  });
  return (
    <section className="panel layer-picture" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('picture.heading')}</h2>
      <figure ref={figureRef} className="lp-figure" aria-labelledby={`${headingId}-caption`}>
        <figcaption id={`${headingId}-caption`}>{title}</figcaption>
        <LayerStack
          geometry={geometry}
          variant={variant}
          title={title}
          description={describeBands(bands, t)}
          letters={roleLetters(t)}
        />
      </figure>
      <PictureLegend />
    </section>
  );
});
