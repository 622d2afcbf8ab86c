/**
 * Links and image sources built from specs, records or model output may only be http(s),
 * same-site paths, or inline raster images; anything else (javascript:, data:text/html…)
 * becomes `#`. Shared by the server templates and the client code.
 */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.startsWith('/\\')) return trimmed;
  if (/^data:image\/(png|jpeg|webp|gif);base64,/i.test(trimmed)) return trimmed;
  return '#';
}
