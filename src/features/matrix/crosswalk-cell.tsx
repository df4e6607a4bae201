import { useT } from '@/i18n/i18n-provider';
import type { MatrixRow } from '@/model/assignment';
import { deriveCrosswalk } from '@/model/crosswalk';

/** The crosswalk column's header: the three vocabularies it speaks, marked derived. */
export function CrosswalkHeader() {
  const c = useT('crosswalk');
  return (
    <span className="crosswalk-header">
      {c('crosswalk.column')}
      <span className="crosswalk-sub">
        {[c('crosswalk.ccmColumn'), c('crosswalk.fedrampColumn'), c('crosswalk.sharedColumn')].join(
          ' · ',
        )}
      </span>
    </span>
  );
}

/** A row in CCM, FedRAMP and provider words (domain §9), beside our own words. */
export function CrosswalkCell({ row }: { row: MatrixRow }) {
  const c = useT('crosswalk');
  const crosswalk = deriveCrosswalk(row);
  if (!crosswalk) return <span className="crosswalk-none">{c('crosswalk.none')}</span>;
  return (
    <dl className="crosswalk">
      <dt>{c('crosswalk.ccmColumn')}</dt>
      <dd>
        {c(`crosswalk.ccm.${crosswalk.ccm}`)}
        {crosswalk.thirdPartySupport ? ` (${c('crosswalk.thirdPartySupport')})` : ''}
      </dd>
      <dt>{c('crosswalk.fedrampColumn')}</dt>
      <dd>{c(`crosswalk.fedramp.${crosswalk.fedramp}`)}</dd>
      <dt>{c('crosswalk.sharedColumn')}</dt>
      <dd>{c(`crosswalk.shared.${crosswalk.shared}`)}</dd>
    </dl>
  );
}

/** Under the matrix while the crosswalk shows: that it is derived, and what CCM's third party means. */
export function CrosswalkNote() {
  const c = useT('crosswalk');
  return (
    <div className="crosswalk-note field-hint">
      <p>{c('crosswalk.derivedNote')}</p>
      <p>{c('crosswalk.ccmNote')}</p>
    </div>
  );
}
