import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationDetailView } from '../../../shared/api/types.ts';
import { formatDateTime } from '../../layout/formatDateTime.ts';
import { PurposeAgreementBadge } from '../organisations/PurposeAgreementBadge.tsx';

interface PurposeAgreementListProps {
  organisations: OrganisationDetailView[];
  currentVersion: number;
  /** Names of accounts by id, to say who agreed. */
  nameOf(userId: string): string | undefined;
}

/** Per organisation: has it agreed to the current version, who agreed and when. Those still to agree come first. */
export function PurposeAgreementList({ organisations, currentVersion, nameOf }: PurposeAgreementListProps) {
  const { t } = useTranslation('adminPurpose');
  const hasAgreed = (organisation: OrganisationDetailView) => organisation.purpose?.version === currentVersion;
  const agreement = (purpose: NonNullable<OrganisationDetailView['purpose']>) => ({
    version: purpose.version,
    name: (purpose.agreedBy && nameOf(purpose.agreedBy)) ?? t('agreements.formerContact'),
    date: formatDateTime(purpose.agreedAt),
  });
  const sorted = [...organisations].sort((a, b) => Number(hasAgreed(a)) - Number(hasAgreed(b)) || a.name.localeCompare(b.name));

  return (
    <ul className="agreement-list">
      {sorted.map((organisation) => (
        <li key={organisation.id}>
          <div>
            <Link to={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
            {organisation.purpose && (
              <div className="muted small">
                {organisation.purpose.version === currentVersion
                  ? t('agreements.agreedBy', agreement(organisation.purpose))
                  : t('agreements.agreedToEarlierBy', agreement(organisation.purpose))}
              </div>
            )}
          </div>
          <PurposeAgreementBadge agreedVersion={organisation.purpose?.version ?? null} currentVersion={currentVersion} />
        </li>
      ))}
    </ul>
  );
}
