import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import type { Scenario } from '@/model/assurance-scope';
import { TYPICAL_CASES_OF } from '@/model/delivery-modes';
import { deriveBaseline } from '@/model/derive-baseline';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { RadioGroup } from '@/ui/radio-group';
import { describeBands, roleLetters, toBandText } from './band-words';
import { deriveLayerBands } from './layer-bands';
import { LayerStack } from './layer-stack';
import { PictureLegend } from './picture-legend';
import {
  deriveShiftEngagement,
  deriveShiftScenarios,
  SHIFT_COMPARISONS,
  type ShiftComparison,
} from './shift-scenarios';
import { layoutAlignedStacks } from './stack-layout';
import './layer-picture.css';

const OPTION_KEY = {
  modes: 'picture.shift.compareModes',
  serviceTypes: 'picture.shift.compareServiceTypes',
} as const;

/** The caption of one small multiple: what differs from its neighbours, and an example or full name. */
function captionOf(scenario: Scenario, comparison: ShiftComparison, t: Translate<'picture'>) {
  if (comparison === 'modes') {
    const cases = TYPICAL_CASES_OF[scenario.mode].map((c) => t(`typicalCase.${c}`)).join(' / ');
    return { name: t(`mode.${scenario.mode}`), hint: t('picture.shift.typicalCases', { cases }) };
  }
  return {
    name: t(`serviceTypeShort.${scenario.resourceService}`),
    hint: t(`serviceType.${scenario.resourceService}`),
  };
}

/**
 * The current scenario beside its neighbours (the three delivery modes, or the three resource
 * services), each as a small layer stack of its baseline, so a user sees how responsibility moves.
 */
export function ResponsibilityShift() {
  const t = useT('picture');
  const headingId = useId();
  const controlName = useId();
  const [comparison, setComparison] = useState<ShiftComparison>('modes');
  // Deferred: the matrix answers a click within the frame, the three stacks follow right after.
  const engagement = useDeferredValue(useWorkspaceStore(selectCurrentEngagement));
  const stacks = useMemo(() => {
    if (!engagement) return [];
    return deriveShiftScenarios(engagement, comparison).map((scenario) => ({
      scenario,
      bands: deriveLayerBands(deriveBaseline(deriveShiftEngagement(engagement, scenario))),
    }));
  }, [engagement, comparison]);
  const geometries = useMemo(
    () =>
      layoutAlignedStacks(
        stacks.map((stack) => stack.bands.map((band) => toBandText(band, t))),
        'compact',
      ),
    [stacks, t],
  );
  if (!engagement) return null;
  const letters = roleLetters(t);
  const setCaption =
    comparison === 'modes'
      ? t('picture.shift.modesCaption', {
          serviceType: t(`serviceType.${engagement.resourceService}`),
        })
      : t('picture.shift.typesCaption', { mode: t(`mode.${engagement.mode}`) });
  return (
    <section className="panel responsibility-shift" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('picture.shift.heading')}</h2>
      <p className="lp-intro">{t('picture.shift.intro')}</p>
      <div className="lp-compare">
        <RadioGroup
          legend={t('picture.shift.compare')}
          name={controlName}
          value={comparison}
          onChange={setComparison}
          options={SHIFT_COMPARISONS.map((value) => ({ value, label: t(OPTION_KEY[value]) }))}
        />
      </div>
      <h3 className="lp-set-caption">{setCaption}</h3>
      <p className="lp-note">{t('picture.shift.basis')}</p>
      <div className="lp-multiples">
        {stacks.map(({ scenario, bands }, i) => {
          const current =
            scenario.mode === engagement.mode &&
            scenario.resourceService === engagement.resourceService;
          const caption = captionOf(scenario, comparison, t);
          const words = {
            serviceType: t(`serviceTypeShort.${scenario.resourceService}`),
            mode: t(`mode.${scenario.mode}`),
          };
          const geometry = geometries[i];
          return (
            <figure
              key={`${scenario.resourceService}-${scenario.mode}`}
              className={current ? 'lp-multiple lp-multiple-current' : 'lp-multiple'}
              aria-current={current ? 'true' : undefined}
              aria-labelledby={`${headingId}-caption-${i}`}
            >
              <figcaption id={`${headingId}-caption-${i}`}>
                <span className="lp-multiple-name">{caption.name}</span>{' '}
                <span className="lp-multiple-hint">{caption.hint}</span>
                {current ? (
                  <>
                    {' '}
                    <span className="lp-current-tag">{t('picture.shift.current')}</span>
                  </>
                ) : null}
              </figcaption>
              {geometry ? (
                <LayerStack
                  geometry={geometry}
                  variant="compact"
                  title={t(
                    current ? 'picture.shift.stackTitleCurrent' : 'picture.shift.stackTitle',
                    words,
                  )}
                  description={describeBands(bands, t)}
                  letters={letters}
                />
              ) : null}
            </figure>
          );
        })}
      </div>
      <PictureLegend />
    </section>
  );
}
