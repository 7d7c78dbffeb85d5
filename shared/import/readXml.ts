// Safe XML reading for document formats: saxes (no external entities, no DTD expansion), any DOCTYPE that
// declares entities refused, parse errors turned into ImportRefusal('corrupt').
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ImportRefusal } from './importTypes.ts';

export type XmlHandlers = {
  open: (name: string, attributes: Record<string, string>, selfClosing: boolean) => void;
  close: (name: string) => void;
  text: (text: string) => void;
};

/** XML parts of zip documents are UTF-8 unless they carry a UTF-16 byte-order mark. */
export const decodeXmlBytes = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
};

export const readXml = (xml: string, part: string, handlers: XmlHandlers): void => {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: ImportRefusal | null = null;
  parser.on('doctype', (doctype: string) => {
    if (/<!ENTITY/i.test(doctype)) failure ??= new ImportRefusal('zipUnsafe', `entity declarations in ${part}`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (!failure) handlers.open(tag.name, tag.attributes, tag.isSelfClosing);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (!failure) handlers.close(tag.name);
  });
  parser.on('text', (text: string) => {
    if (!failure) handlers.text(text);
  });
  parser.on('cdata', (text: string) => {
    if (!failure) handlers.text(text);
  });
  parser.on('error', (error: Error) => {
    failure ??= new ImportRefusal('corrupt', `${part}: ${error.message.split('\n')[0]}`);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    failure ??= new ImportRefusal('corrupt', `${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (failure) throw failure;
};
