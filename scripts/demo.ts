import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnvironment } from '../server/env.ts';
import { createLogger } from '../server/logger.ts';
import { startServer } from '../server/startServer.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_SECRETARIAT } from './demo/coalition.ts';
import { seedCoalition } from './demo/seedCoalition.ts';

/**
 * `npm run demo`: Accord on a fresh temporary data directory, seeded with a demo coalition, and
 * the demo logins. It never touches DATA_DIR or ./data: the directory is made here and deleted on
 * exit.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-demo-'));
const [lead] = DEMO_SECRETARIAT;
const env = parseEnvironment({
  ...process.env,
  DATA_DIR: dataDir,
  ACCORD_ADMIN_EMAIL: lead!.email,
  ACCORD_ADMIN_PASSWORD: DEMO_PASSWORD,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
const logger = createLogger(env.LOG_LEVEL);
const running = await startServer(env, logger);

async function stop(): Promise<void> {
  await running.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

try {
  await seedCoalition(running.url);
} catch (error) {
  console.error('Seeding the demo failed:', error);
  await running.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

const rows = [
  ...DEMO_SECRETARIAT.map((person) => [person.email, person.name, 'secretariat']),
  ...DEMO_ORGANISATIONS.flatMap((organisation) =>
    organisation.contacts.map((contact) => [
      contact.email,
      contact.name,
      `${contact.signatory ? 'signatory' : 'contact'}, ${organisation.name} (${organisation.category}${organisation.agreed ? '' : ', has not agreed to the Statement of Purpose'})`,
    ]),
  ),
];
const width = Math.max(...rows.map((row) => row[0]!.length));
console.log(`
Accord demo on ${running.url} (data in ${dataDir}, deleted when you stop with Ctrl+C)

Demo logins, all with the password "${DEMO_PASSWORD}":
${rows.map(([email, name, what]) => `  ${email!.padEnd(width)}  ${name} — ${what}`).join('\n')}
`);
