/**
 * Tests run inside workerd with a real (local) D1: the migrations are read here and applied by
 * test/apply-migrations.ts before each test file; storage is isolated per test.
 * The bindings mirror wrangler.jsonc, except ASSETS: a stand-in service answers asset requests so
 * the API tests do not depend on a build (the real bundles are tested by the e2e suite).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineWorkersConfig, readD1Migrations } from '@cloudflare/vitest-pool-workers/config';

const here = dirname(fileURLToPath(import.meta.url));

export default defineWorkersConfig(async () => {
  const migrations = await readD1Migrations(join(here, 'migrations'));
  return {
    test: {
      root: here,
      include: ['test/**/*.test.ts'],
      setupFiles: ['./test/apply-migrations.ts'],
      // Generous: a loaded 2-core machine can be ten times slower than an idle one.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // One workerd per test file (not one for the whole suite): a runtime shared by every file
      // slows down with each SELF request it has served and, near the end of a full run, fails
      // with "Maximum call stack size exceeded" inside the pool's harness.
      maxWorkers: 2,
      minWorkers: 1,
      poolOptions: {
        workers: {
          singleWorker: false,
          main: './src/index.ts',
          miniflare: {
            compatibilityDate: '2025-09-01',
            d1Databases: ['DB'],
            bindings: {
              TEST_MIGRATIONS: migrations,
              MODE: 'local',
              HASH_SECRET: 'test-hash-secret',
              RATE_LIMIT_IDEAS: '1000/3600',
              RATE_LIMIT_COMMENTS: '1000/3600',
              RATE_LIMIT_SUPPORTS: '1000/3600',
            },
            serviceBindings: {
              ASSETS: async (request: Request) => {
                const path = new URL(request.url).pathname;
                if (path === '/elements/osallistu.js') {
                  return new Response('export {};', { headers: { 'content-type': 'text/javascript' } });
                }
                if (path === '/') return new Response('<!doctype html><title>demo</title>', { headers: { 'content-type': 'text/html' } });
                return new Response('not found', { status: 404 });
              },
            },
          },
        },
      },
    },
  };
});
