import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError.ts';
import { FormError } from '../layout/FormError.tsx';
import type { ImportReportView } from './ImportReportView.ts';
import { postDocx } from './postDocx.ts';

/**
 * Choose a .docx, see what will come in and what will be left out (the server's preview), then
 * import or cancel. `path` is the import route; `extraQuery` adds e.g. the title.
 */
export function WordImport({
  path,
  mode,
  extraQuery = () => '',
  onImported,
}: {
  path: string;
  /** `create`: a new statement from the file; `replace`: this statement's text from it. */
  mode: 'create' | 'replace';
  extraQuery?: (file: File) => string;
  onImported: (result: { id?: string }) => void;
}) {
  const { t } = useTranslation('word');
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReportView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = (caught: unknown) => setError(caught instanceof ApiError ? caught.message : t('import.failed'));

  async function handleChoose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0] ?? null;
    event.currentTarget.value = '';
    setError(null);
    setReport(null);
    setFile(chosen);
    if (chosen === null) return;
    setBusy(true);
    try {
      const preview = await postDocx<{ report: ImportReportView }>(`${path}?preview=1${extraQuery(chosen)}`, chosen);
      setReport(preview.report);
    } catch (caught) {
      failed(caught);
      setFile(null);
    } finally {
      setBusy(false);
    }
  }

  async function handleImport() {
    if (file === null) return;
    setBusy(true);
    setError(null);
    try {
      onImported(await postDocx<{ id?: string }>(`${path}?preview=0${extraQuery(file)}`, file));
      setFile(null);
      setReport(null);
    } catch (caught) {
      failed(caught);
    } finally {
      setBusy(false);
    }
  }

  function handleCancel() {
    setFile(null);
    setReport(null);
    setError(null);
  }

  return (
    <div className="word-import">
      <label className="button" htmlFor={inputId}>
        {mode === 'create' ? t('import.startFromWord') : t('import.replaceFromWord')}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={handleChoose}
        disabled={busy}
      />
      {busy && report === null && (
        <p className="muted" aria-busy="true">
          {t('import.reading')}
        </p>
      )}
      {report !== null && file !== null && (
        <section className="word-import__report" aria-label={t('import.reportLabel')}>
          <p>{t('import.comesIn', { file: file.name, suggestions: report.suggestions, threads: report.threads })}</p>
          {report.dropped.length === 0 ? (
            <p className="muted">{t('import.nothingDropped')}</p>
          ) : (
            <>
              <p>{t('import.droppedIntro')}</p>
              <ul>
                {report.dropped.map((item) => (
                  <li key={`${item.what}-${item.where}`}>{t('import.droppedItem', { what: item.what, n: item.count, where: item.where })}</li>
                ))}
              </ul>
            </>
          )}
          <button className="button button--primary" type="button" onClick={handleImport} disabled={busy}>
            {t('import.confirm')}
          </button>
          <button className="button" type="button" onClick={handleCancel} disabled={busy}>
            {t('import.cancel')}
          </button>
        </section>
      )}
      <FormError message={error} />
    </div>
  );
}
