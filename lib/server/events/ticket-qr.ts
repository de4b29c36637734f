import "server-only";
import QRCode from "qrcode";

// The ticket's QR code, drawn by qrcode from the signed ticket code only. The
// page shows the SVG; the confirmation email attaches the PNG. Both carry the
// same text with the same error correction, so a test that decodes the PNG
// proves what the page shows.
const OPTIONS = { errorCorrectionLevel: "M", margin: 2 } as const;

/** An SVG of the code's QR code, made on the server; it carries no script. */
export function ticketQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, { ...OPTIONS, type: "svg" });
}

/** A PNG of the code's QR code, for the email attachment. */
export function ticketQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(code, { ...OPTIONS, type: "png", width: 320 });
}
