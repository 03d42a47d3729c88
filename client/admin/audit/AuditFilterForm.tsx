import type { FormEvent } from 'react';
import type { AccountView } from '../../../shared/api/types.ts';
import { AUDIT_ACTIONS } from '../../../shared/audit/auditActions.ts';
import { SelectField } from '../../layout/SelectField.tsx';
import type { AuditFilter } from './AuditFilter.ts';

interface AuditFilterFormProps {
  filter: AuditFilter;
  accounts: AccountView[];
  onApply(filter: AuditFilter): void;
}

/** Narrows the log to one action, one person, a range of days. */
export function AuditFilterForm({ filter, accounts, onApply }: AuditFilterFormProps) {
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
    <form key={JSON.stringify(filter)} className="field-row field-row--filters" onSubmit={handleSubmit} onReset={handleClear} aria-label="Filter the audit log">
      <SelectField label="Action" name="action" defaultValue={filter.action}>
        <option value="">Any action</option>
        {AUDIT_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {action}
          </option>
        ))}
      </SelectField>
      <SelectField label="Person" name="actorId" defaultValue={filter.actorId}>
        <option value="">Anyone</option>
        {[...accounts]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((account) => (
            <option key={account.id} value={account.id}>
              {account.name} ({account.email})
            </option>
          ))}
      </SelectField>
      <label className="field">
        <span>From</span>
        <input type="date" name="from" defaultValue={filter.from} />
      </label>
      <label className="field">
        <span>To</span>
        <input type="date" name="to" defaultValue={filter.to} />
      </label>
      <span className="field-row__buttons">
        <button className="button button--primary" type="submit">
          Apply
        </button>
        <button className="button button--quiet" type="reset">
          Clear
        </button>
      </span>
    </form>
  );
}
