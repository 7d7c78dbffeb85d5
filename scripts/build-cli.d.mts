// Types of scripts/build-cli.mjs for TypeScript callers (vitest's global setup).
/** Absolute path of the bundle bin/caseweave.mjs runs. */
export declare const CLI_BUNDLE: string;
/** Bundles cli/ into CLI_BUNDLE; resolves to its path. */
export declare const buildCli: () => Promise<string>;
