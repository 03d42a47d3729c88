import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TransferProgress } from '../layout/TransferProgress.tsx';
import { useFocusFallback } from '../layout/useFocusFallback.ts';
import { useTransfer } from '../layout/useTransfer.ts';
import type { ImportReportView } from './ImportReportView.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Choose a .docx, see what will come in and what will be left out (the server's preview), then
 * import or cancel. Both requests send the file with progress: a bar while it uploads, then what the
 * server is doing. The preview can be cancelled at any time; the import only while the file is still
 * being sent (once the server has all of it, it creates the statement). `path` is the import route;
 * `extraQuery` adds e.g. the title.
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
  const transfer = useTransfer();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReportView | null>(null);
  const [step, setStep] = useState<'preview' | 'import'>('preview');
  const busy = transfer.state.phase === 'moving' || transfer.state.phase === 'preparing';
  const root = useRef<HTMLDivElement>(null);
  const chooser = useRef<HTMLInputElement>(null);
  // The chooser is disabled while a file travels, and each Cancel goes when its step ends: the keyboard moves on
  // to what is there now (the transfer's Cancel, then the report or what the server is doing), else the chooser.
  useFocusFallback(root, () => {
    const here = root.current;
    if (here === null) return null;
    return (
      here.querySelector<HTMLElement>('.transfer__cancel') ??
      here.querySelector<HTMLElement>('.word-import__report') ??
      (busy ? here.querySelector<HTMLElement>('.transfer__status') : chooser.current)
    );
  });

  async function handleChoose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0] ?? null;
    event.currentTarget.value = '';
    setReport(null);
    setFile(chosen);
    if (chosen === null) return;
    setStep('preview');
    const preview = await transfer.upload<{ report: ImportReportView }>(`${path}?preview=1${extraQuery(chosen)}`, chosen, t('import.fileKind'), {
      contentType: DOCX_TYPE,
    });
    if (preview === null) setFile(null);
    else setReport(preview.report);
  }

  async function handleImport() {
    if (file === null) return;
    setStep('import');
    const imported = await transfer.upload<{ id?: string }>(`${path}?preview=0${extraQuery(file)}`, file, t('import.fileKind'), { contentType: DOCX_TYPE });
    // Failed or cancelled: the report stays, so the reader can try again.
    if (imported === null) return;
    setFile(null);
    setReport(null);
    onImported(imported);
  }

  function handleCancel() {
    setFile(null);
    setReport(null);
  }

  return (
    <div className="word-import" ref={root}>
      <label className="button" htmlFor={inputId}>
        {mode === 'create' ? t('import.startFromWord') : t('import.replaceFromWord')}
      </label>
      <input
        ref={chooser}
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={handleChoose}
        disabled={busy}
      />
      <TransferProgress
        transfer={transfer}
        working={step === 'preview' ? t('import.reading') : t('import.importing')}
        cancellableWhileWorking={step === 'preview'}
      />
      {report !== null && file !== null && (
        <section className="word-import__report" aria-label={t('import.reportLabel')} tabIndex={-1}>
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
    </div>
  );
}
