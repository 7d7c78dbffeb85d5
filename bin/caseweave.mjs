#!/usr/bin/env node
// Launcher for the headless CLI: registers tsx so the TypeScript sources run directly, then starts cli/main.ts.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../cli/main.ts', import.meta.url).href);
