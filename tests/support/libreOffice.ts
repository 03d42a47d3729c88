import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SOFFICE_PATH } from '../../scripts/ensureLibreOffice.ts';

/**
 * Opens a Word document in LibreOffice Writer and prints it to PDF (`soffice --headless --convert-to pdf`),
 * the way a member's colleague would open what Accord exported. Each conversion gets its own profile
 * directory, so conversions never share (or wait on) one user installation, and everything is removed after.
 * Debian's `libreoffice-writer-nogui`: scripts/ensureLibreOffice.ts installs it.
 */
export async function convertToPdf(docxBytes: Uint8Array, { timeoutMs = 90_000 }: { timeoutMs?: number } = {}): Promise<Buffer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-libreoffice-'));
  try {
    const input = path.join(directory, 'document.docx');
    fs.writeFileSync(input, docxBytes);
    const profile = pathToFileURL(path.join(directory, 'profile')).href;
    const output: string[] = [];
    // Its own process group: soffice is a shell script that starts soffice.bin, and a timeout must stop both.
    const office = spawn(
      SOFFICE_PATH,
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', directory, input],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: directory } },
    );
    office.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    office.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (office.pid !== undefined) process.kill(-office.pid, 'SIGKILL');
        reject(new Error(`LibreOffice did not convert the document within ${timeoutMs} ms:\n${output.join('')}`));
      }, timeoutMs);
      office.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      office.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    const pdf = path.join(directory, 'document.pdf');
    // soffice exits 0 even when it could not read the file: the PDF's presence is the answer.
    if (exitCode !== 0 || !fs.existsSync(pdf)) throw new Error(`LibreOffice could not convert the document (exit code ${exitCode}):\n${output.join('')}`);
    return fs.readFileSync(pdf);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
