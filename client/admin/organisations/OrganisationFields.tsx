import type { OrganisationCategory, OrganisationKind } from '../../../shared/api/types.ts';
import { COUNTRY_CODES } from '../../../shared/organisations/countryCodes.ts';
import { SelectField } from '../../layout/SelectField.tsx';
import { countryName } from './countryName.ts';
import { ORGANISATION_LABELS } from './organisationLabels.ts';
import type { OrganisationFieldValues } from './readOrganisationFields.ts';

// From the labels (a Record over the shared types, so none can be missing) rather than the zod
// schema, which would bring zod into the browser for two lists.
const KINDS = Object.keys(ORGANISATION_LABELS.kind) as OrganisationKind[];
const CATEGORIES = Object.keys(ORGANISATION_LABELS.category) as OrganisationCategory[];
const COUNTRIES = COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));

/** Name, kind, category and country of an organisation: the fields of adding and of editing one. */
export function OrganisationFields({ initial }: { initial?: OrganisationFieldValues }) {
  return (
    <>
      <label className="field field--name">
        <span>Name</span>
        <input name="name" required maxLength={200} defaultValue={initial?.name} placeholder="e.g. Registro Ejemplo" />
      </label>
      <SelectField label="Kind" name="kind" required defaultValue={initial?.kind ?? 'ccTLD'}>
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {ORGANISATION_LABELS.kind[kind]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Category" name="category" required defaultValue={initial?.category ?? 'member'}>
        {CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {ORGANISATION_LABELS.category[category]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Country" name="country" required defaultValue={initial?.country ?? ''}>
        <option value="" disabled>
          Choose a country…
        </option>
        {COUNTRIES.map(({ code, name }) => (
          <option key={code} value={code}>
            {name} ({code})
          </option>
        ))}
      </SelectField>
    </>
  );
}
