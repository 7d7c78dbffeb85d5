// Bahasa Indonesia for the rendererErrors area (keys of ../en/rendererErrors.ts), written for Indonesian researchers, not word for word.
import type { rendererErrorsMessages } from '../en/rendererErrors.ts';

export const rendererErrorsMessagesId = {
  'rendererErrors.clipboardUnavailable': 'Papan klip tidak tersedia di sini.',
  'rendererErrors.networkNotRendered': 'Gambar jaringan tidak dapat dibuat.',
  'rendererErrors.packetFontMissing': 'Huruf untuk paket {url} tidak dapat dimuat ({status}).',
} satisfies Record<keyof typeof rendererErrorsMessages, string>;
