import { useState, type FormEvent } from 'react';
import type { ConsultationSummaryView, StatementView } from '../../shared/api/types.ts';
import { MILESTONE_KINDS, MILESTONE_LABELS } from '../../shared/consultations/milestones.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';

const daysOf = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return text === '' ? null : Number(text);
};

/** The secretariat links the statement to a consultation and sets its milestones as days before the deadline. */
export function ConsultationLinkForm({ statement, onChanged }: { statement: StatementView; onChanged(statement: StatementView): void }) {
  const consultations = useApiResource<ConsultationSummaryView[]>('/api/consultations', 'The consultations could not be loaded.');
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
      setError(errorMessage(caught, 'The consultation could not be linked.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} aria-label="Consultation and milestones">
      <label className="field">
        <span>Linked consultation</span>
        <select name="consultationId" defaultValue={statement.consultation?.id ?? ''} key={consultations.data?.length ?? 0}>
          <option value="">None</option>
          {consultations.data?.map((consultation) => (
            <option key={consultation.id} value={consultation.id}>
              {consultation.name} ({consultation.body})
            </option>
          ))}
        </select>
      </label>
      {MILESTONE_KINDS.map((kind) => (
        <label className="field" key={kind}>
          <span>{MILESTONE_LABELS[kind]}: days before the deadline</span>
          <input name={kind} type="number" min={0} max={3650} step={1} defaultValue={statement.milestoneOffsets[kind] ?? ''} placeholder="none" />
        </label>
      ))}
      <button className="button" type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save consultation and milestones'}
      </button>
      <FormError message={error ?? consultations.error} />
    </form>
  );
}
