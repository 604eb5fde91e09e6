/** The parts of multer's in-memory file this use case reads. */
export interface UploadedFileInMemory {
  /** The client's file name (untrusted). */
  originalname: string;
  /** The client's declared MIME type (untrusted). */
  mimetype: string;
  buffer: Buffer;
  size: number;
}
