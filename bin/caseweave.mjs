#!/usr/bin/env node
// Launcher of the headless CLI: runs the bundle `npm install` builds (the `prepare` script, scripts/build-cli.mjs).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-cli/caseweave.mjs', import.meta.url);
if (!existsSync(bundle)) {
  // The translated messages live inside the missing bundle, so this one line cannot go through the i18n layer.
  // Exit 2 like a usage error: nothing ran, and 1 would tell a script that some input was refused.
  process.stderr.write('caseweave: the CLI is not built (dist-cli/caseweave.mjs is missing); run "npm run build:cli" in the Caseweave folder.\n');
  process.exit(2);
}
await import(bundle.href);
