import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../../shared/i18n/languages.ts';
import { changeLanguage } from './startI18n.ts';

/** English · Français · Español, each in its own language: for signed-out pages (the account page saves a choice). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('language');
  return (
    <nav className="language-switch small" aria-label={t('switch.label')}>
      {LANGUAGES.map((language, index) => (
        <span key={language}>
          {index > 0 && ' · '}
          <button
            type="button"
            className="link-button"
            lang={language}
            aria-current={i18n.language === language ? 'true' : undefined}
            onClick={() => void changeLanguage(language)}
          >
            {LANGUAGE_NAMES[language]}
          </button>
        </span>
      ))}
    </nav>
  );
}
