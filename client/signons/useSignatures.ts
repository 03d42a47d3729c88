import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import type { MeView, SignatureView, StatementView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';

export interface Signatures {
  /** Every organisation that signed the current final version; null until loaded. */
  all: SignatureView[] | null;
  /** The user's own organisation's signature of the current final version, if it signed. */
  ours: SignatureView | null;
  error: string | null;
  reload(): void;
}

/** The signatures of the statement's current final version, asked again when a new one is frozen. */
export function useSignatures(me: MeView, statement: StatementView): Signatures {
  const { t } = useTranslation('signons');
  const resource = useApiResource<SignatureView[]>(`/api/statements/${encodeURIComponent(statement.id)}/signatures`, t('errors.signaturesNotLoaded'));
  const { reload } = resource;
  const finalNumber = statement.finalVersion?.number ?? null;
  const shownFor = useRef(finalNumber);

  useEffect(() => {
    if (shownFor.current === finalNumber) return;
    shownFor.current = finalNumber;
    reload();
  }, [finalNumber, reload]);

  const all = resource.data?.filter((signature) => signature.version === finalNumber) ?? null;
  const ours = all?.find((signature) => signature.org.id === me.org?.id) ?? null;
  return { all, ours, error: resource.error, reload };
}
