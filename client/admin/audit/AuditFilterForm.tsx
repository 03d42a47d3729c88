import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/api/types.ts';
import { AUDIT_ACTIONS } from '../../../shared/audit/auditActions.ts';
import { auditActionLabel } from './auditActionLabel.ts';
import { SelectField } from '../../layout/SelectField.tsx';
import type { AuditFilter } from './AuditFilter.ts';

interface AuditFilterFormProps {
  filter: AuditFilter;
  accounts: AccountView[];
  onApply(filter: AuditFilter): void;
}

/** Narrows the log to one action, one person, a range of days. */
export function AuditFilterForm({ filter, accounts, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation('audit');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: keyof AuditFilter) => String(form.get(name) ?? '');
    onApply({ action: field('action'), actorId: field('actorId'), from: field('from'), to: field('to') });
  }

  // The fields reset themselves (to the applied filter); then the filter is emptied, which resets them again.
  function handleClear() {
    onApply({ action: '', actorId: '', from: '', to: '' });
  }

  // Keyed on the filter: "Clear" and a new filter reset the uncontrolled fields.
  return (
    <form key={JSON.stringify(filter)} className="field-row field-row--filters" onSubmit={handleSubmit} onReset={handleClear} aria-label={t('filter.label')}>
      <SelectField label={t('filter.action')} name="action" defaultValue={filter.action}>
        <option value="">{t('filter.anyAction')}</option>
        {AUDIT_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {auditActionLabel(action, t)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('filter.person')} name="actorId" defaultValue={filter.actorId}>
        <option value="">{t('filter.anyone')}</option>
        {[...accounts]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((account) => (
            <option key={account.id} value={account.id}>
              {account.name} ({account.email})
            </option>
          ))}
      </SelectField>
      <label className="field">
        <span>{t('filter.from')}</span>
        <input type="date" name="from" defaultValue={filter.from} />
      </label>
      <label className="field">
        <span>{t('filter.to')}</span>
        <input type="date" name="to" defaultValue={filter.to} />
      </label>
      <span className="field-row__buttons">
        <button className="button button--primary" type="submit">
          {t('filter.apply')}
        </button>
        <button className="button button--quiet" type="reset">
          {t('filter.clear')}
        </button>
      </span>
    </form>
  );
}
