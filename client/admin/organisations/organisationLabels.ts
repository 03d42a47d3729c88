import type { OrganisationCategory, OrganisationKind } from '../../../shared/api/types.ts';

/** How kinds and categories of organisation read in the interface. */
export const ORGANISATION_LABELS: { kind: Record<OrganisationKind, string>; category: Record<OrganisationCategory, string> } = {
  kind: {
    ccTLD: 'ccTLD registry',
    gTLD: 'gTLD registry',
    registrar: 'Registrar',
    RIR: 'Regional Internet Registry',
    regional: 'Regional organisation',
    other: 'Other',
  },
  category: {
    member: 'Member',
    supporter: 'Supporter',
  },
};
