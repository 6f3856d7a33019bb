/** RGBA pixels, 4 bytes per pixel, row-major, no padding (the layout of canvas ImageData). */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** 8-bit grayscale pixels, 1 byte per pixel, row-major, 0 = black, 255 = white. */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}
