import { useTranslation } from 'react-i18next';
import type { LineageView } from '../../shared/api/types.ts';
import { passagesByTravel } from './passagesByTravel.ts';

const SHOWN_CHARACTERS = 160;

/** Each of the statement's passages, furthest-travelled first, with how many direct forks kept, changed or dropped it. */
export function PassageMap({ lineage }: { lineage: LineageView }) {
  const { t } = useTranslation('forks');
  const forks = lineage.forks.length;
  return (
    <ol className="passage-map" data-testid="passage-map">
      {passagesByTravel(lineage.passages).map((passage) => {
        const shown = passage.text.length > SHOWN_CHARACTERS ? `${passage.text.slice(0, SHOWN_CHARACTERS).trimEnd()}…` : passage.text;
        return (
          <li key={passage.position} className="passage-map__item">
            <span className="passage-map__position" title={t('passages.position', { position: passage.position })}>
              ¶{passage.position}
            </span>
            <p className="passage-map__text" title={passage.text === shown ? undefined : passage.text}>
              {shown}
            </p>
            <div className="passage-map__fates">
              <span className="passage-bar" aria-hidden="true">
                {(['kept', 'changed', 'dropped'] as const).map((fate) => (
                  <span key={fate} className={`passage-bar__${fate}`} style={{ width: `${(passage[fate] / forks) * 100}%` }} />
                ))}
              </span>
              <span className="small muted">{t('passages.fates', { kept: passage.kept, changed: passage.changed, dropped: passage.dropped })}</span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
