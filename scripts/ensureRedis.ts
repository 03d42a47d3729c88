import fs from 'node:fs';
import { REDIS_SERVER } from '../tests/support/redis.ts';
import { ensureDebianPackages } from './ensureDebianPackages.ts';

/** Multi-process tests share documents through a throwaway Redis (tests/support/redis.ts). */
export function ensureRedis(): void {
  ensureDebianPackages(`Redis (${REDIS_SERVER})`, () => fs.existsSync(REDIS_SERVER), ['redis-server']);
}
