import { z } from 'zod';
import { COUNTRY_CODES } from '../organisations/countryCodes.ts';

export const ORGANISATION_KINDS = ['ccTLD', 'gTLD', 'registrar', 'RIR', 'regional', 'other'] as const;
export const ORGANISATION_CATEGORIES = ['member', 'supporter'] as const;

const organisationFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORGANISATION_KINDS),
  category: z.enum(ORGANISATION_CATEGORIES),
  country: z.enum(COUNTRY_CODES, { message: 'an ISO 3166 alpha-2 country code, such as DE' }),
};

export const createOrganisationInput = z.strictObject(organisationFields);

export const updateOrganisationInput = z
  .strictObject({
    name: organisationFields.name.optional(),
    kind: organisationFields.kind.optional(),
    category: organisationFields.category.optional(),
    country: organisationFields.country.optional(),
  })
  .refine((input) => Object.keys(input).length > 0, { message: 'change at least one field' });
