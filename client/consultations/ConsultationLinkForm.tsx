import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { ConsultationSummaryView, StatementView } from '../../shared/api/types.ts';
import { MILESTONE_KINDS } from '../../shared/consultations/milestones.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { milestoneName } from './milestoneName.ts';

const daysOf = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return text === '' ? null : Number(text);
};

/** The secretariat links the statement to a consultation and sets its milestones as days before the deadline. */
export function ConsultationLinkForm({ statement, onChanged }: { statement: StatementView; onChanged(statement: StatementView): void }) {
  const { t } = useTranslation('consultations');
  const consultations = useApiResource<ConsultationSummaryView[]>('/api/consultations', t('errors.consultationsNotLoaded'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const consultationId = String(form.get('consultationId') ?? '');
    setBusy(true);
    setError(null);
    try {
      onChanged(
        await apiRequest<StatementView>('PATCH', `/api/statements/${statement.id}`, {
          consultationId: consultationId === '' ? null : consultationId,
          milestones: Object.fromEntries(MILESTONE_KINDS.map((kind) => [kind, daysOf(form.get(kind))])),
        }),
      );
    } catch (caught) {
      setError(errorMessage(caught, t('errors.notLinked')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} aria-label={t('form.label')}>
      <label className="field">
        <span>{t('form.linked')}</span>
        <select name="consultationId" defaultValue={statement.consultation?.id ?? ''} key={consultations.data?.length ?? 0}>
          <option value="">{t('form.none')}</option>
          {consultations.data?.map((consultation) => (
            <option key={consultation.id} value={consultation.id}>
              {consultation.name} ({consultation.body})
            </option>
          ))}
        </select>
      </label>
      {MILESTONE_KINDS.map((kind) => (
        <label className="field" key={kind}>
          <span>{t('form.daysBefore', { milestone: milestoneName(kind, t) })}</span>
          <input name={kind} type="number" min={0} max={3650} step={1} defaultValue={statement.milestoneOffsets[kind] ?? ''} placeholder={t('form.noDays')} />
        </label>
      ))}
      <button className="button" type="submit" disabled={busy}>
        {busy ? t('form.saving') : t('form.save')}
      </button>
      <FormError message={error ?? consultations.error} />
    </form>
  );
}
