import type { OrganisationRecord } from '../store/records.ts';

/** An organisation as sign-on answers show it. */
export const organisationOf = (organisation: OrganisationRecord) => ({
  id: organisation.id,
  name: organisation.name,
  category: organisation.category,
  country: organisation.country,
});
