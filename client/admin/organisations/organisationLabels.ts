import type { TFunction } from 'i18next';
import type { OrganisationCategory, OrganisationKind } from '../../../shared/api/types.ts';

/** How kinds and categories of organisation read in the interface, in the current language (call it when rendering). */
export function organisationLabels(t: TFunction): { kind: Record<OrganisationKind, string>; category: Record<OrganisationCategory, string> } {
  return {
    kind: {
      ccTLD: t('organisations:kind.ccTLD'),
      gTLD: t('organisations:kind.gTLD'),
      registrar: t('organisations:kind.registrar'),
      RIR: t('organisations:kind.RIR'),
      regional: t('organisations:kind.regional'),
      other: t('organisations:kind.other'),
    },
    category: {
      member: t('organisations:category.member'),
      supporter: t('organisations:category.supporter'),
    },
  };
}
