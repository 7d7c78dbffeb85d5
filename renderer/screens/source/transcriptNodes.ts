// Lexical nodes of the read-only transcript: the speaker chip and the timestamp label that open a turn.
// They are text nodes (cheap for 100k-word sources) rendered with their own classes and never merged with the
// spoken words that follow them.
import { TextNode } from 'lexical';
import type { EditorConfig, LexicalNode } from 'lexical';

export class SpeakerLabelNode extends TextNode {
  override $config() {
    return this.config('caseweave-speaker-label', { extends: TextNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('speaker-chip');
    return dom;
  }

  override isUnmergeable(): boolean {
    return true;
  }
}

export class TimestampLabelNode extends TextNode {
  override $config() {
    return this.config('caseweave-timestamp-label', { extends: TextNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('turn-timestamp');
    return dom;
  }

  override isUnmergeable(): boolean {
    return true;
  }
}

export const $createSpeakerLabelNode = (speaker: string): SpeakerLabelNode => new SpeakerLabelNode(speaker).setMode('token');

export const $createTimestampLabelNode = (timestamp: string): TimestampLabelNode => new TimestampLabelNode(timestamp).setMode('token');

export const $isSpeakerLabelNode = (node: LexicalNode | null | undefined): node is SpeakerLabelNode => node instanceof SpeakerLabelNode;

export const TRANSCRIPT_NODES = [SpeakerLabelNode, TimestampLabelNode];
