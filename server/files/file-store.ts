/**
 * Files in the data folder: generated images and uploaded reference images, named by a random
 * id plus an extension we chose from the bytes, and served at `/files/<id>`. Only raster image
 * types are accepted (no SVG: it can carry script).
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ToolwrightError } from '../../agent/errors/toolwright-error';

export const IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
} as const;
export type ImageMimeType = keyof typeof IMAGE_TYPES;

export class UploadError extends ToolwrightError<'runtime'> {
  readonly family = 'runtime';
  readonly kind = 'invalid-upload';
}

export interface StoredFile {
  /** `<uuid>.<ext>`; also the file name and the last URL segment. */
  id: string;
  url: string;
  mimeType: ImageMimeType;
  bytes: number;
}

const FILE_ID = /^[0-9a-f-]{36}\.(png|jpg|webp|gif)$/;

/** The image type the bytes say they are, or null. */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47 && b(4) === 0x0d && b(5) === 0x0a) return 'image/png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  // "GIF87a" / "GIF89a"
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x38 && (b(4) === 0x37 || b(4) === 0x39) && b(5) === 0x61) return 'image/gif';
  if (b(0) === 0x52 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x46 && b(8) === 0x57 && b(9) === 0x45 && b(10) === 0x42 && b(11) === 0x50) {
    return 'image/webp';
  }
  return null;
}

export interface FileStore {
  /** Absolute folder the files live in (served statically at /files). */
  readonly dir: string;
  saveImage(bytes: Uint8Array): Promise<StoredFile>;
  readImage(id: string): Promise<{ file: StoredFile; bytes: Buffer } | null>;
}

export const FILES_URL_PREFIX = '/files';

export function createFileStore(dataDir: string): FileStore {
  const dir = path.join(dataDir, 'files');
  const describe = (id: string, mimeType: ImageMimeType, bytes: number): StoredFile => ({ id, url: `${FILES_URL_PREFIX}/${id}`, mimeType, bytes });
  return {
    dir,
    async saveImage(bytes) {
      const mimeType = sniffImageType(bytes);
      if (!mimeType) throw new UploadError('The file is not a PNG, JPEG, WebP or GIF image. Upload one of those.');
      await fs.mkdir(dir, { recursive: true });
      const id = `${randomUUID()}.${IMAGE_TYPES[mimeType]}`;
      await fs.writeFile(path.join(dir, id), bytes, { flag: 'wx' });
      return describe(id, mimeType, bytes.byteLength);
    },
    async readImage(id) {
      if (!FILE_ID.test(id)) return null;
      try {
        const bytes = await fs.readFile(path.join(dir, id));
        const mimeType = sniffImageType(bytes);
        return mimeType ? { file: describe(id, mimeType, bytes.byteLength), bytes } : null;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
