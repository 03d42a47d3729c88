import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { MeView } from '../../shared/api/types.ts';
import type { Action } from '../../shared/permissions/permissions.ts';
import { AuditPage } from './audit/AuditPage.tsx';
import { ConsultationListPage } from './consultations/ConsultationListPage.tsx';
import { ConsultationPage } from './consultations/ConsultationPage.tsx';
import { NotAllowed } from './NotAllowed.tsx';
import { OutboxPage } from './outbox/OutboxPage.tsx';
import { OrganisationListPage } from './organisations/OrganisationListPage.tsx';
import { OrganisationPage } from './organisations/OrganisationPage.tsx';
import { PurposeAdminPage } from './purpose/PurposeAdminPage.tsx';
import { SecretariatPage } from './secretariat/SecretariatPage.tsx';

/** Everything under /admin: loaded only when the secretariat opens it. */
export function AdminArea({ me }: { me: MeView }) {
  // Hides what the user cannot do; the server refuses it anyway.
  const allowed = (action: Action, page: ReactNode) => (me.can.includes(action) ? page : <NotAllowed me={me} />);
  return (
    <Routes>
      <Route index element={<Navigate to="organisations" replace />} />
      <Route path="organisations" element={allowed('organisation.manage', <OrganisationListPage me={me} />)} />
      <Route path="organisations/:id" element={allowed('organisation.manage', <OrganisationPage me={me} />)} />
      <Route path="secretariat" element={allowed('account.manage', <SecretariatPage me={me} />)} />
      <Route path="purpose" element={allowed('purpose.publish', <PurposeAdminPage me={me} />)} />
      <Route path="audit" element={allowed('audit.read', <AuditPage me={me} />)} />
      <Route path="consultations" element={allowed('consultation.manage', <ConsultationListPage me={me} />)} />
      <Route path="consultations/:id" element={allowed('consultation.manage', <ConsultationPage me={me} />)} />
      <Route path="outbox" element={allowed('mail.read', <OutboxPage me={me} />)} />
      <Route path="*" element={<Navigate to="organisations" replace />} />
    </Routes>
  );
}
