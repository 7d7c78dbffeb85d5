// A figure's SVG drawn as PNG bytes on this thread's canvas: an <img> decodes the SVG (a Worker cannot), a canvas
// `width` pixels wide keeps its proportions, and the picture is read back as PNG. Used for the report's DOCX, which
// carries pictures rather than drawings.
export const rasteriseSvg = async (svg: string, width: number): Promise<Uint8Array> => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = width / (image.naturalWidth || width);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width);
    canvas.height = Math.max(1, Math.round((image.naturalHeight || width) * scale));
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no canvas to draw the figure on');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('the figure could not be drawn as PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
