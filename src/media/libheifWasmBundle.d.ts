// The part of libheif-js's WASM bundle (a CommonJS module without types) that decodeHeic uses.
declare module 'libheif-js/wasm-bundle' {
  /** One top-level image of a HEIF file; its size already accounts for its rotation and mirroring. */
  export interface HeifImage {
    get_width(): number;
    get_height(): number;
    is_primary(): boolean;
    /** Decodes into `target` as RGBA and calls back with it, or with null when decoding failed. */
    display(target: ImageData, done: (result: ImageData | null) => void): void;
    /** Releases the image's handle inside the WASM heap. */
    free(): void;
  }
  export interface HeifDecoder {
    /** The file's top-level images; empty when the file cannot be parsed. */
    decode(bytes: Uint8Array): HeifImage[];
    /** The native context of the last decode; libheif-js frees it only when decode is called again. */
    decoder: number | null;
  }
  export interface Libheif {
    HeifDecoder: new () => HeifDecoder;
    heif_context_free(context: number): void;
  }
  const libheif: Libheif;
  export default libheif;
}
