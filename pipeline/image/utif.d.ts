// Types for the parts of utif 3 (pure-JS TIFF codec, ships no types) that casekit uses.
declare module 'utif' {
  interface UtifIfd {
    width?: number;
    height?: number;
    data?: Uint8Array;
    t256?: number[];
    t257?: number[];
    t274?: number[];
    [tag: string]: unknown;
  }
  const UTIF: {
    decode(buffer: ArrayBuffer | Uint8Array): UtifIfd[];
    decodeImage(buffer: ArrayBuffer | Uint8Array, ifd: UtifIfd, ifds?: UtifIfd[]): void;
    toRGBA8(ifd: UtifIfd): Uint8Array;
    encodeImage(rgba: Uint8Array | ArrayBuffer, width: number, height: number, metadata?: Record<string, unknown>): ArrayBuffer;
  };
  export default UTIF;
}
