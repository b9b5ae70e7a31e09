/**
 * A chosen file as base64, the form the core's API takes files in (JSON only). FileReader's data
 * URL is used rather than String.fromCharCode over the bytes: it does not blow the stack on a
 * large PDF.
 */
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsDataURL(file);
  });
}
