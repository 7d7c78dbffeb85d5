// Types of scripts/system-packages.mjs for its unit test.
export type SystemPackage = { debianPackage: string; provides: string; neededBy: string[] };
export type SystemPackagesPlan =
  | { kind: 'ready' }
  | { kind: 'install'; steps: string[][]; retryAfterUpdate: boolean; names: string[] }
  | { kind: 'stop'; lines: string[] };
export declare const CHROMIUM_EXECUTABLE: string;
export declare const LIBREOFFICE_CALC_LIBRARY: string;
export declare const SYSTEM_PACKAGES: SystemPackage[];
export declare const isProvided: (provides: string, searchPath?: string) => boolean;
export declare const planSystemPackages: (situation: {
  missing: SystemPackage[];
  isRoot: boolean;
  hasAptGet: boolean;
  aptListsPresent: boolean;
}) => SystemPackagesPlan;
export declare const ensureSystemPackages: (isCheckSelected: (check: string) => boolean) => { ok: boolean; lines: string[] };
