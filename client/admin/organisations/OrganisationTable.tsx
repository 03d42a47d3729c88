import { Link } from 'react-router';
import type { OrganisationDetailView } from '../../../shared/api/types.ts';
import { countryName } from './countryName.ts';
import { ORGANISATION_LABELS } from './organisationLabels.ts';
import { PurposeAgreementBadge } from './PurposeAgreementBadge.tsx';

/** The coalition at a glance: one row per organisation, each opening its page. */
export function OrganisationTable({ organisations, purposeVersion }: { organisations: OrganisationDetailView[]; purposeVersion: number }) {
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="table-panel">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Kind</th>
            <th scope="col">Category</th>
            <th scope="col">Country</th>
            <th scope="col" className="data-table__number">
              Contacts
            </th>
            <th scope="col" className="data-table__number">
              Signatories
            </th>
            <th scope="col">Statement of Purpose</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row">
                <Link to={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
              </th>
              <td>{ORGANISATION_LABELS.kind[organisation.kind]}</td>
              <td>{ORGANISATION_LABELS.category[organisation.category]}</td>
              <td title={countryName(organisation.country)}>{organisation.country}</td>
              <td className="data-table__number">{organisation.contactCount}</td>
              <td className="data-table__number">{organisation.signatoryCount}</td>
              <td>
                <PurposeAgreementBadge agreedVersion={organisation.purpose?.version ?? null} currentVersion={purposeVersion} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
