// Bahasa Indonesia catalog: one file per area, merged here. It may be partial: a key it lacks is shown in English
// (translate.ts), so areas are translated one at a time, starting with what informants read.
import type { MessageKey } from '../translate.ts';
import { memberCheckPacketMessagesId } from './memberCheckPacket.ts';
import { reportScreenMessagesId } from './reportScreen.ts';

export const indonesianMessages: Partial<Record<MessageKey, string>> = { ...memberCheckPacketMessagesId, ...reportScreenMessagesId };
