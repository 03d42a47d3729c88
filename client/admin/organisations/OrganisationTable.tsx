import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationDetailView } from '../../../shared/api/types.ts';
import { countryName } from './countryName.ts';
import { organisationLabels } from './organisationLabels.ts';
import { PurposeAgreementBadge } from './PurposeAgreementBadge.tsx';
import { TablePanel } from '../../layout/TablePanel.tsx';

/** The coalition at a glance: one row per organisation, each opening its page. */
export function OrganisationTable({ organisations, purposeVersion }: { organisations: OrganisationDetailView[]; purposeVersion: number }) {
  const { t } = useTranslation('organisations');
  const labels = organisationLabels(t);
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <TablePanel>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('table.organisation')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.category')}</th>
            <th scope="col">{t('table.country')}</th>
            <th scope="col" className="data-table__number">
              {t('table.contacts')}
            </th>
            <th scope="col" className="data-table__number">
              {t('table.signatories')}
            </th>
            <th scope="col">{t('table.purpose')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row">
                <Link to={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
              </th>
              <td>{labels.kind[organisation.kind]}</td>
              <td>{labels.category[organisation.category]}</td>
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
    </TablePanel>
  );
}
