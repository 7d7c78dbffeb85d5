// What the About box and the "where is my data" note show: version, platform, and the folder holding the projects.
import type { AppInfo } from '../../shared/platform/bridge.ts';

export type AppInfoDeps = { version: string; platform: string; userDataDirectory: string };

export const appInfo = (deps: AppInfoDeps): AppInfo => ({
  version: deps.version,
  platform: deps.platform,
  dataLocation: deps.userDataDirectory,
});
