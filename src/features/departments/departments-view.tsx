import { describeParty } from '@/i18n/describe-party';
import { useT } from '@/i18n/i18n-provider';
import { findEngagementsAsCustomer } from '@/model/customer-parties';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { SelectField } from '@/ui/select-field';
import { DepartmentList } from './department-list';
import { RaciCsvButton } from './raci-csv-button';
import { RaciGrid } from './raci-grid';
import { RaciLegend } from './raci-legend';
import { useCustomerChoice } from './use-departments-view';
import './departments-view.css';

function NoCustomer() {
  const d = useT('departments');
  const showView = useViewStore((s) => s.showView);
  return (
    <div className="panel">
      <p>{d('departments.noCustomer')}</p>
      <button type="button" onClick={() => showView('parties')}>
        {d('departments.openParties')}
      </button>
    </div>
  );
}

/**
 * Inside the customer (domain §6): a customer party's own departments, and per engagement where it
 * is the customer a RACI of its duties across them, checked for exactly one Accountable department.
 */
export function DepartmentsView() {
  const t = useT();
  const d = useT('departments');
  const workspace = useWorkspaceStore((s) => s.workspace);
  const { candidates, party, choose } = useCustomerChoice();
  const departments = party ? workspace.departments.filter((x) => x.partyId === party.id) : [];
  const engagements = party ? findEngagementsAsCustomer(workspace, party.id) : [];
  return (
    <section aria-labelledby="view-heading" className="departments-view">
      <h2 id="view-heading">{t('nav.departments')}</h2>
      <p className="departments-intro">{d('departments.intro')}</p>
      {party ? (
        <>
          {candidates.length > 1 ? (
            <div className="departments-party">
              <SelectField
                label={d('departments.party')}
                value={party.id}
                options={candidates.map((p) => ({
                  value: p.id,
                  label: describeParty(workspace.parties, p.id, t),
                }))}
                onChange={choose}
              />
            </div>
          ) : null}
          <div className="departments-top">
            <DepartmentList key={party.id} party={party} />
            <RaciLegend />
          </div>
          {departments.length === 0 ? null : engagements.length === 0 ? (
            <p className="panel">
              {d('departments.noEngagements', {
                party: describeParty(workspace.parties, party.id, t),
              })}
            </p>
          ) : (
            <>
              {engagements.map((engagement) => (
                <RaciGrid
                  key={engagement.id}
                  workspace={workspace}
                  engagement={engagement}
                  party={party}
                  departments={departments}
                />
              ))}
              <RaciCsvButton />
            </>
          )}
        </>
      ) : (
        <NoCustomer />
      )}
    </section>
  );
}
