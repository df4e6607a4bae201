import type { AreaKey } from '@/i18n/area-loaders';
import { useT } from '@/i18n/i18n-provider';
import { ASSET_LAYERS, isAssetLayer } from '@/model/asset-layers';
import type { CombinedFilters } from '@/model/combined-filters';
import { ROLES, type Role } from '@/model/roles';
import type { Party } from '@/model/workspace';
import { FilterSelect } from './filter-select';

interface CombinedFiltersFormProps {
  readonly filters: CombinedFilters;
  readonly parties: readonly Party[];
  readonly onChange: (filters: CombinedFilters) => void;
  readonly onClear: () => void;
  readonly sectionT: (key: AreaKey<'combined'>) => string;
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** The filters of the combined view: party, role, layer, changed cells, cells with findings. */
export function CombinedFiltersForm({
  filters,
  parties,
  onChange,
  onClear,
  sectionT,
}: CombinedFiltersFormProps) {
  const t = useT();
  const set = (patch: Partial<CombinedFilters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className="combined-filters">
      <legend>{sectionT('combined.filters')}</legend>
      <FilterSelect
        label={sectionT('combined.party')}
        value={filters.partyId ?? ''}
        options={[
          { value: '', label: sectionT('combined.anyParty') },
          ...parties.map((p) => ({ value: p.id, label: p.name })),
        ]}
        onChange={(value) => set({ partyId: value === '' ? null : value })}
      />
      <FilterSelect
        label={sectionT('combined.role')}
        hint={sectionT('combined.roleHint')}
        value={filters.role ?? ''}
        options={[
          { value: '', label: sectionT('combined.anyRole') },
          ...ROLES.map((role) => ({ value: role, label: t(`role.${role}`) })),
        ]}
        onChange={(value) => set({ role: isRole(value) ? value : null })}
      />
      <FilterSelect
        label={sectionT('combined.layer')}
        value={filters.layer ?? ''}
        options={[
          { value: '', label: sectionT('combined.anyLayer') },
          ...ASSET_LAYERS.toReversed().map((layer) => ({
            value: layer,
            label: t(`layer.${layer}`),
          })),
        ]}
        onChange={(value) => set({ layer: isAssetLayer(value) ? value : null })}
      />
      <div className="combined-checks">
        <label className="combined-check">
          <input
            type="checkbox"
            checked={filters.overriddenOnly}
            onChange={(event) => set({ overriddenOnly: event.target.checked })}
          />
          {sectionT('combined.overriddenOnly')}
        </label>
        <label className="combined-check">
          <input
            type="checkbox"
            checked={filters.findingsOnly}
            onChange={(event) => set({ findingsOnly: event.target.checked })}
          />
          {sectionT('combined.findingsOnly')}
        </label>
      </div>
      <button type="button" className="combined-clear" onClick={onClear}>
        {sectionT('combined.clear')}
      </button>
    </fieldset>
  );
}
