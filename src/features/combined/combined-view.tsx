import { useMemo, useState } from 'react';
import { describeEngagement } from '@/i18n/describe-engagement';
import { useT } from '@/i18n/i18n-provider';
import { type CombinedFilters, filterCombined, NO_FILTERS } from '@/model/combined-filters';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { CombinedFiltersForm } from './combined-filters-form';
import { EngagementTable } from './engagement-table';
import { useCombinedBlocks } from './use-combined-blocks';
import { useProgressiveLimit } from './use-progressive-limit';
import './combined-view.css';

const FIRST_ENGAGEMENTS = 4;
const MORE_ENGAGEMENTS = 8;

/**
 * Every engagement's matrix in one view, one table per engagement, with filters that narrow the rows
 * across all of them; a cell opens in its engagement's matrix.
 */
export function CombinedView() {
  const t = useT();
  const sectionT = useT('combined');
  const engagements = useWorkspaceStore((s) => s.workspace.engagements);
  const parties = useWorkspaceStore((s) => s.workspace.parties);
  const blocks = useCombinedBlocks();
  const [filters, setFilters] = useState<CombinedFilters>(NO_FILTERS);
  // A party removed meanwhile (another tab, an undo) filters nothing rather than hiding every row.
  const active = useMemo(
    () =>
      filters.partyId !== null && !parties.some((p) => p.id === filters.partyId)
        ? { ...filters, partyId: null }
        : filters,
    [filters, parties],
  );
  const filtered = useMemo(() => filterCombined(blocks, active), [blocks, active]);
  // About a screenful of engagements at once, the rest in later tasks (see useProgressiveLimit).
  const limit = useProgressiveLimit(
    filtered.blocks.length,
    active,
    FIRST_ENGAGEMENTS,
    MORE_ENGAGEMENTS,
  );
  const partyNames = useMemo(() => new Map(parties.map((p) => [p.id, p.name])), [parties]);
  const names = useMemo(
    () => new Map(engagements.map((e) => [e.id, describeEngagement(engagements, e.id, t)])),
    [engagements, t],
  );
  return (
    <section className="combined-view" aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.combined')}</h2>
      <p className="combined-intro">{sectionT('combined.intro')}</p>
      <CombinedFiltersForm
        filters={active}
        parties={parties}
        onChange={setFilters}
        onClear={() => setFilters(NO_FILTERS)}
        sectionT={sectionT}
      />
      <p role="status" className="combined-count">
        {sectionT('combined.count', {
          shown: filtered.shownRows,
          total: filtered.totalRows,
          engagements: filtered.blocks.length,
          allEngagements: engagements.length,
        })}
        {filtered.shownRows === 0 && engagements.length > 0
          ? ` ${sectionT('combined.noMatch')}`
          : ''}
        {engagements.length === 0 ? ` ${sectionT('combined.noEngagements')}` : ''}
      </p>
      <div className="combined-list">
        {filtered.blocks.slice(0, limit).map((block) => (
          <EngagementTable
            key={block.engagement.id}
            engagement={block.engagement}
            name={names.get(block.engagement.id) ?? block.engagement.id}
            rows={block.rows}
            partyNames={partyNames}
            sectionT={sectionT}
          />
        ))}
      </div>
      {limit < filtered.blocks.length ? (
        <p className="combined-more">
          {sectionT('combined.rendering', { shown: limit, total: filtered.blocks.length })}
        </p>
      ) : null}
    </section>
  );
}
