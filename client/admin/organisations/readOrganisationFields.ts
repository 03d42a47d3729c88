import type { OrganisationCategory, OrganisationKind } from '../../../shared/api/types.ts';

export interface OrganisationFieldValues {
  name: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  country: string;
}

/** The values of OrganisationFields in a submitted form (the server validates them). */
export function readOrganisationFields(form: FormData): OrganisationFieldValues {
  return {
    name: String(form.get('name') ?? '').trim(),
    kind: String(form.get('kind') ?? '') as OrganisationKind,
    category: String(form.get('category') ?? '') as OrganisationCategory,
    country: String(form.get('country') ?? ''),
  };
}
