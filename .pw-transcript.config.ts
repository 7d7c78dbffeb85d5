// Temporary (TRANSCRIPT helper, not to be committed): the project's Playwright config on another port, so parallel helpers' runs do not collide.
import base from './playwright.config.ts';

const PORT = 4191;
export default {
  ...base,
  outputDir: 'test-results/transcript',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: { ...base.webServer, command: `node scripts/serve-renderer.mjs --port ${PORT}`, url: `http://127.0.0.1:${PORT}` },
};
