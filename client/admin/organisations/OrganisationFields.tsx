import { useTranslation } from 'react-i18next';
import type { OrganisationCategory, OrganisationKind } from '../../../shared/api/types.ts';
import { COUNTRY_CODES } from '../../../shared/organisations/countryCodes.ts';
import { SelectField } from '../../layout/SelectField.tsx';
import { dateLocale } from '../../i18n/dateLocale.ts';
import { countryName } from './countryName.ts';
import { organisationLabels } from './organisationLabels.ts';
import type { OrganisationFieldValues } from './readOrganisationFields.ts';

/** Name, kind, category and country of an organisation: the fields of adding and of editing one. */
export function OrganisationFields({ initial }: { initial?: OrganisationFieldValues }) {
  const { t, i18n } = useTranslation('organisations');
  const labels = organisationLabels(t);
  // From the labels (a Record over the shared types, so none can be missing) rather than the zod
  // schema, which would bring zod into the browser for two lists.
  const kinds = Object.keys(labels.kind) as OrganisationKind[];
  const categories = Object.keys(labels.category) as OrganisationCategory[];
  const locale = dateLocale(i18n.language);
  const countries = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <label className="field field--name">
        <span>{t('fields.name')}</span>
        <input name="name" required maxLength={200} defaultValue={initial?.name} placeholder={t('fields.namePlaceholder')} />
      </label>
      <SelectField label={t('fields.kind')} name="kind" required defaultValue={initial?.kind ?? 'ccTLD'}>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {labels.kind[kind]}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('fields.category')} name="category" required defaultValue={initial?.category ?? 'member'}>
        {categories.map((category) => (
          <option key={category} value={category}>
            {labels.category[category]}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('fields.country')} name="country" required defaultValue={initial?.country ?? ''}>
        <option value="" disabled>
          {t('fields.chooseCountry')}
        </option>
        {countries.map(({ code, name }) => (
          <option key={code} value={code}>
            {name} ({code})
          </option>
        ))}
      </SelectField>
    </>
  );
}
