#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (Node 20 cannot run .ts by itself).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = main(process.argv.slice(2));
