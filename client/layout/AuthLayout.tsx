import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { PRODUCT_MARK, PRODUCT_NAME } from '../../shared/i18n/productName.ts';

/** The centred card used by sign-in, setup and invitation pages. */
export function AuthLayout({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const { t } = useTranslation('layout');
  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="brand brand--large" aria-hidden="true">
          <span className="brand__mark">{PRODUCT_MARK}</span> {PRODUCT_NAME}
        </div>
        <h1>{title}</h1>
        {subtitle && <p className="muted">{subtitle}</p>}
        {children}
      </div>
      <p className="auth-footnote">{t('authFootnote')}</p>
      <LanguageSwitch />
    </main>
  );
}
