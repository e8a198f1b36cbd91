/**
 * Tests run inside workerd with a real (local) D1: the migrations are read here and applied by
 * test/apply-migrations.ts before each test file; storage is isolated per test.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineWorkersConfig, readD1Migrations } from '@cloudflare/vitest-pool-workers/config';

const here = dirname(fileURLToPath(import.meta.url));
// wrangler.jsonc serves ../build/assets; an empty folder is enough for the API tests.
mkdirSync(join(here, '..', 'build', 'assets'), { recursive: true });

export default defineWorkersConfig(async () => {
  const migrations = await readD1Migrations(join(here, 'migrations'));
  return {
    test: {
      root: here,
      include: ['test/**/*.test.ts'],
      setupFiles: ['./test/apply-migrations.ts'],
      testTimeout: 30_000,
      poolOptions: {
        workers: {
          singleWorker: true,
          wrangler: { configPath: './wrangler.jsonc' },
          miniflare: {
            bindings: {
              TEST_MIGRATIONS: migrations,
              MODE: 'local',
              HASH_SECRET: 'test-hash-secret',
              RATE_LIMIT_IDEAS: '1000/3600',
              RATE_LIMIT_COMMENTS: '1000/3600',
              RATE_LIMIT_SUPPORTS: '1000/3600',
            },
          },
        },
      },
    },
  };
});
