import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';

/**
 * Secretariat, while drafting: makes the numbered final version organisations sign. When suggestions
 * or comment threads are still open the server says how many; the secretariat decides them first, or
 * carries them over (they stay open beside the final text, which does not include them).
 */
export function FreezeButton({ statement, onFrozen }: { statement: StatementView; onFrozen(final: { number: number; hash: string }): void }) {
  const { t } = useTranslation('signons');
  // The server's words about the items still open, once it has said them: the question then asks about those.
  const [openItems, setOpenItems] = useState<string | null>(null);

  async function freeze(): Promise<undefined | 'askAgain'> {
    try {
      const final = await apiRequest<{ number: number; hash: string }>('POST', `/api/statements/${encodeURIComponent(statement.id)}/freeze`, {
        carryOver: openItems !== null,
      });
      onFrozen({ number: final.number, hash: final.hash });
    } catch (caught) {
      if (!(caught instanceof ApiError && caught.code === 'open_items')) throw caught;
      setOpenItems(caught.message);
      return 'askAgain';
    }
  }

  return (
    <ConfirmButton
      label={t('freeze.button')}
      question={openItems ?? t('freeze.question')}
      confirmLabel={openItems === null ? t('freeze.confirm') : t('freeze.carryOver')}
      cancelLabel={openItems === null ? t('freeze.cancel') : t('freeze.decideFirst')}
      busyLabel={t('freeze.busy')}
      tone="plain"
      failure={t('errors.notFrozen')}
      onConfirm={freeze}
      onCancel={() => setOpenItems(null)}
    />
  );
}
