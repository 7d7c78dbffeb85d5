// The main window's options: isolation, sandbox, no Node, web security, no webviews, the preload path passed through.
import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../electron/windowOptions.ts';

describe('createWindowOptions', () => {
  const options = createWindowOptions('/opt/caseweave/dist-electron/preload.cjs');
  const preferences = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer and keeps Node out of it', () => {
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses webviews, insecure content and experimental features', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
  });

  it('uses the given preload and waits for the first paint before showing', () => {
    expect(preferences.preload).toBe('/opt/caseweave/dist-electron/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('Caseweave');
  });
});
