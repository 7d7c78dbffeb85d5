// Exporting a network display: its standalone SVG (shared/network/networkSvg.ts), or a PNG drawn from that SVG on a
// canvas at twice the size, saved through the platform's save dialog or as a browser download.
import { networkSvg } from '../../../../shared/network/networkSvg.ts';
import type { NetworkGraph } from '../../../../shared/network/networkGraph.ts';
import type { NodePositions } from '../../../../shared/network/networkGeometry.ts';
import { t } from '../../../../shared/i18n/translate.ts';
import { saveBytes } from '../../../platform/platform.ts';
import { DataError } from '../../../data/errors.ts';
import type { SaveFileResult } from '../../../../shared/platform/bridge.ts';

export type NetworkDrawing = { name: string; graph: NetworkGraph; positions: NodePositions };

const PNG_SCALE = 2;

/** A file name from the display's name: characters file systems refuse become dashes. */
export const networkFileName = (name: string, extension: string): string =>
  `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'network'}.${extension}`;

export const exportNetworkSvg = (drawing: NetworkDrawing): Promise<SaveFileResult & { fileName: string }> => {
  const fileName = networkFileName(drawing.name, 'svg');
  const svg = networkSvg({ title: drawing.name, graph: drawing.graph, positions: drawing.positions });
  return saveBytes(fileName, new TextEncoder().encode(svg), [{ name: t('network.export.filterSvg'), extensions: ['svg'] }])
    .then((result) => ({ ...result, fileName }));
};

const loadImage = (url: string): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new DataError('rendererErrors.networkNotRendered'));
    image.src = url;
  });

/** The drawing as PNG bytes: the SVG rendered by the browser onto a canvas. */
export const networkPng = async (drawing: NetworkDrawing): Promise<Uint8Array> => {
  const svg = networkSvg({ title: drawing.name, graph: drawing.graph, positions: drawing.positions });
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * PNG_SCALE);
    canvas.height = Math.ceil(image.naturalHeight * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('No canvas to draw the network on.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('The network drawing could not be encoded as PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};

export const exportNetworkPng = async (drawing: NetworkDrawing): Promise<SaveFileResult & { fileName: string }> => {
  const fileName = networkFileName(drawing.name, 'png');
  const result = await saveBytes(fileName, await networkPng(drawing), [{ name: t('network.export.filterPng'), extensions: ['png'] }]);
  return { ...result, fileName };
};
