/**
 * Files in the data folder: generated images and uploaded reference images, named by a random
 * id plus an extension we chose from the bytes, and served at `/files/<id>`. Only raster image
 * types are accepted (no SVG: it can carry script). Every file appears whole or not at all:
 * it is written (or uploaded) under `.incoming/` and renamed into place, so a full disk never
 * leaves a partial file where it would be served.
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
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x38 && (b(4) === 0x37 || b(4) === 0x39) && b(5) === 0x61)
    return 'image/gif';
  if (
    b(0) === 0x52 &&
    b(1) === 0x49 &&
    b(2) === 0x46 &&
    b(3) === 0x46 &&
    b(8) === 0x57 &&
    b(9) === 0x45 &&
    b(10) === 0x42 &&
    b(11) === 0x50
  ) {
    return 'image/webp';
  }
  return null;
}

export interface FileStore {
  /** Absolute folder the files live in (served statically at /files). */
  readonly dir: string;
  /** Where uploads are received (dot folder: never served), on the same disk as `dir`. */
  readonly incomingDir: string;
  saveImage(bytes: Uint8Array): Promise<StoredFile>;
  /** Keeps an uploaded file (moved, not copied) if its bytes are an image; else UploadError. */
  keepImage(upload: { path: string }): Promise<StoredFile>;
  readImage(id: string): Promise<{ file: StoredFile; bytes: Buffer } | null>;
}

export const FILES_URL_PREFIX = '/files';

export function createFileStore(dataDir: string): FileStore {
  const dir = path.join(dataDir, 'files');
  const incomingDir = path.join(dir, '.incoming');
  const describe = (id: string, mimeType: ImageMimeType, bytes: number): StoredFile => ({
    id,
    url: `${FILES_URL_PREFIX}/${id}`,
    mimeType,
    bytes,
  });
  const notAnImage = () => new UploadError('The file is not a PNG, JPEG, WebP or GIF image. Upload one of those.');
  /** fsyncs the finished temp file and renames it into place under a new id. */
  const place = async (temp: string, mimeType: ImageMimeType, size: number): Promise<StoredFile> => {
    const handle = await fs.open(temp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const id = `${randomUUID()}.${IMAGE_TYPES[mimeType]}`;
    await fs.rename(temp, path.join(dir, id));
    return describe(id, mimeType, size);
  };
  return {
    dir,
    incomingDir,
    async saveImage(bytes) {
      const mimeType = sniffImageType(bytes);
      if (!mimeType) throw notAnImage();
      await fs.mkdir(incomingDir, { recursive: true });
      const temp = path.join(incomingDir, `${randomUUID()}.part`);
      try {
        await fs.writeFile(temp, bytes, { flag: 'wx' });
        return await place(temp, mimeType, bytes.byteLength);
      } catch (error) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        throw error;
      }
    },
    async keepImage(upload) {
      const handle = await fs.open(upload.path, 'r');
      let head: Uint8Array;
      let size: number;
      try {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(16), 0, 16, 0);
        head = buffer.subarray(0, bytesRead);
        size = (await handle.stat()).size;
      } finally {
        await handle.close();
      }
      const mimeType = sniffImageType(head);
      if (!mimeType) throw notAnImage();
      return place(upload.path, mimeType, size);
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
