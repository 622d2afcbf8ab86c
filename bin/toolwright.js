#!/usr/bin/env node
// Thin shim: the CLI is TypeScript, run through tsx so there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
