/** A QR code as an SVG string, for a phone to scan off the screen. The library loads with the first code drawn. */
export async function qrSvg(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
