import { apiRequest } from '../../api/apiRequest.ts';
import { ConfirmButton } from '../../layout/ConfirmButton.tsx';

/** Removes an account: the person is signed out everywhere and can no longer sign in. */
export function RemoveAccountButton({ account, onRemoved }: { account: { id: string; name: string }; onRemoved(): void }) {
  return (
    <ConfirmButton
      label="Remove"
      accessibleLabel={`Remove ${account.name}`}
      question={`Remove ${account.name}? They are signed out and cannot sign in again.`}
      confirmLabel="Remove"
      failure="The account could not be removed."
      onConfirm={async () => {
        await apiRequest('DELETE', `/api/users/${account.id}`);
        onRemoved();
      }}
    />
  );
}
