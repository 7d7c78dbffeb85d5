// Lexical nodes of the read-only transcript. Spoken words are SourceTextNodes that know where they start in the
// source's canonical text (rendered as data-source-start), so a DOM selection maps back to exact offsets. Speaker
// chips and timestamps are inline decorator nodes: they show in the transcript but add nothing to its text.
import { DecoratorNode, TextNode } from 'lexical';
import type { EditorConfig, LexicalNode, NodeKey } from 'lexical';

export const SOURCE_START_ATTRIBUTE = 'data-source-start';

export class SourceTextNode extends TextNode {
  __sourceStart: number;

  constructor(text: string = '', sourceStart: number = 0, key?: NodeKey) {
    super(text, key);
    this.__sourceStart = sourceStart;
  }

  override $config() {
    return this.config('caseweave-source-text', { extends: TextNode });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__sourceStart = prevNode.__sourceStart;
  }

  getSourceStart(): number {
    return this.getLatest().__sourceStart;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.setAttribute(SOURCE_START_ATTRIBUTE, String(this.__sourceStart));
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (prevNode.__sourceStart !== this.__sourceStart) dom.setAttribute(SOURCE_START_ATTRIBUTE, String(this.__sourceStart));
    return super.updateDOM(prevNode, dom, config);
  }

  override isUnmergeable(): boolean {
    return true;
  }
}

export type TurnLabelKind = 'speaker' | 'timestamp';

const LABEL_CLASS: Record<TurnLabelKind, string> = { speaker: 'speaker-chip', timestamp: 'turn-timestamp' };

/** A label shown inline before a turn (speaker or timestamp); it has no text content, so offsets skip it. */
export class TurnLabelNode extends DecoratorNode<null> {
  __label: string;
  __kind: TurnLabelKind;

  constructor(label: string = '', kind: TurnLabelKind = 'speaker', key?: NodeKey) {
    super(key);
    this.__label = label;
    this.__kind = kind;
  }

  override $config() {
    return this.config('caseweave-turn-label', { extends: DecoratorNode });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__label = prevNode.__label;
    this.__kind = prevNode.__kind;
  }

  getLabel(): string {
    return this.getLatest().__label;
  }

  getKind(): TurnLabelKind {
    return this.getLatest().__kind;
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('span');
    dom.className = LABEL_CLASS[this.__kind];
    dom.textContent = this.__label;
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.__kind !== this.__kind) return true;
    if (prevNode.__label !== this.__label) dom.textContent = this.__label;
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): null {
    return null;
  }
}

export const $createSourceTextNode = (text: string, sourceStart: number): SourceTextNode => new SourceTextNode(text, sourceStart);

export const $createSpeakerLabelNode = (speaker: string): TurnLabelNode => new TurnLabelNode(speaker, 'speaker');

export const $createTimestampLabelNode = (timestamp: string): TurnLabelNode => new TurnLabelNode(timestamp, 'timestamp');

export const $isSourceTextNode = (node: LexicalNode | null | undefined): node is SourceTextNode => node instanceof SourceTextNode;

export const $isTurnLabelNode = (node: LexicalNode | null | undefined): node is TurnLabelNode => node instanceof TurnLabelNode;

export const TRANSCRIPT_NODES = [SourceTextNode, TurnLabelNode];
