import { type KeyboardEvent, Suspense, useId, useRef, useState } from 'react';
import { MatrixTable } from '@/features/matrix/matrix-table';
import { withAreas } from '@/i18n/area-cache';
import { useT } from '@/i18n/i18n-provider';
import { lazyComponent } from '@/ui/lazy-component';

// The picture and the shift load when their tab is first opened or pointed at.
const LAZY_TABS = {
  picture: lazyComponent(() =>
    withAreas(
      ['picture'],
      import('@/features/layer-picture/layer-picture').then((m) => m.LayerPicture),
    ),
  ),
  shift: lazyComponent(() =>
    withAreas(
      ['picture'],
      import('@/features/layer-picture/responsibility-shift').then((m) => m.ResponsibilityShift),
    ),
  ),
};

const TABS = ['table', 'picture', 'shift'] as const;
type Tab = (typeof TABS)[number];

function preloadTab(tab: Tab) {
  if (tab !== 'table') void LAZY_TABS[tab].preload();
}

/**
 * One responsibility picture with three ways to read it: the matrix (a table), the layer picture and
 * the shift across scenarios, as tabs (WAI-ARIA tabs: arrows move between them). Only the open one is
 * rendered, except the matrix, which stays mounted so a selected cell keeps its place.
 */
export function WorkbenchViews() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('table');
  const id = useId();
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({
    table: null,
    picture: null,
    shift: null,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabs.current[next]?.focus();
  };
  return (
    <div className="workbench-views">
      <div
        role="tablist"
        aria-label={t('workbench.views')}
        className="view-tabs"
        onKeyDown={onKeyDown}
      >
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${name}-tab`}
            aria-selected={tab === name}
            aria-controls={`${id}-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onPointerEnter={() => preloadTab(name)}
            onFocus={() => preloadTab(name)}
          >
            {t(`workbench.tab.${name}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-table`}
        aria-labelledby={`${id}-table-tab`}
        hidden={tab !== 'table'}
      >
        <MatrixTable />
      </div>
      {tab === 'picture' ? (
        <div role="tabpanel" id={`${id}-picture`} aria-labelledby={`${id}-picture-tab`}>
          <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
            <LAZY_TABS.picture.Component />
          </Suspense>
        </div>
      ) : null}
      {tab === 'shift' ? (
        <div role="tabpanel" id={`${id}-shift`} aria-labelledby={`${id}-shift-tab`}>
          <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
            <LAZY_TABS.shift.Component />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
