import { parseEnvironment } from './env.ts';
import { createLogger } from './logger.ts';
import { startServer } from './startServer.ts';

const env = parseEnvironment();
const logger = createLogger(env.LOG_LEVEL);
const running = await startServer(env, logger);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: storing pending edits and closing connections');
  const forceExit = setTimeout(() => process.exit(1), 10_000);
  forceExit.unref();
  await running.close();
  logger.info('stopped');
  process.exit(0);
}

process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection'));
