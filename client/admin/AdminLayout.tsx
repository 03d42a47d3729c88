import type { ReactNode } from 'react';
import type { MeView } from '../../shared/api/types.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { AdminNav } from './AdminNav.tsx';

interface AdminLayoutProps {
  me: MeView;
  title: ReactNode;
  intro?: ReactNode;
  /** A link back to the list, above the title. */
  back?: ReactNode;
  children: ReactNode;
}

/** The frame of every secretariat page: header, tabs, title. */
export function AdminLayout({ me, title, intro, back, children }: AdminLayoutProps) {
  return (
    <>
      <AppHeader me={me} />
      <main className="page page--wide">
        <AdminNav me={me} />
        <div className="page__heading">
          {back}
          <h1>{title}</h1>
          {intro && <p className="muted">{intro}</p>}
        </div>
        {children}
      </main>
    </>
  );
}
