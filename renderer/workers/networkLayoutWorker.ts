// Web Worker entry: lays out network displays with elkjs off the UI thread (networkLayoutService.ts).
import { serveNetworkLayout } from './networkLayoutService.ts';

serveNetworkLayout(self, () => {
  // elkjs's bundle took this worker's onmessage for its own protocol; our calls arrive through serveRpc's listener.
  self.onmessage = null;
});
