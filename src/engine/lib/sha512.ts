/**
 * sha512 — FIPS 180-4 SHA-512 in pure TypeScript (no Node `crypto` in src/engine).
 *
 * Design note: 64-bit words are kept as (hi, lo) pairs of uint32 in Int32Arrays so everything runs on
 * plain 32-bit integer ops (no BigInt); used by random.seed(str/bytes) (version 2) and available for
 * hashlib if ever needed.
 */

const K_HEX = [
  '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538',
  '59f111f1b605d019', '923f82a4af194f9b', 'ab1c5ed5da6d8118', 'd807aa98a3030242', '12835b0145706fbe',
  '243185be4ee4b28c', '550c7dc3d5ffb4e2', '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235',
  'c19bf174cf692694', 'e49b69c19ef14ad2', 'efbe4786384f25e3', '0fc19dc68b8cd5b5', '240ca1cc77ac9c65',
  '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5', '983e5152ee66dfab',
  'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725',
  '06ca6351e003826f', '142929670a0e6e70', '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed',
  '53380d139d95b3df', '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b',
  'a2bfe8a14cf10364', 'a81a664bbc423001', 'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218',
  'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8', '19a4c116b8d2d0c8', '1e376c085141ab53',
  '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb', '5b9cca4f7763e373',
  '682e6ff3d6b2b8a3', '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec',
  '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b', 'ca273eceea26619c',
  'd186b8c721c0c207', 'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6',
  '113f9804bef90dae', '1b710b35131c471b', '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc',
  '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a', '5fcb6fab3ad6faec', '6c44198c4a475817',
];
const K = new Int32Array(160);
for (let i = 0; i < 80; i++) {
  K[2 * i] = parseInt(K_HEX[i].slice(0, 8), 16) | 0;
  K[2 * i + 1] = parseInt(K_HEX[i].slice(8), 16) | 0;
}
const IV = [
  0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1, 0x510e527f,
  0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
];

/** SHA-512 digest (64 bytes) of `data`. */
export function sha512(data: Uint8Array): Uint8Array {
  const len = data.length;
  const blocks = Math.ceil((len + 17) / 128);
  const buf = new Uint8Array(blocks * 128);
  buf.set(data);
  buf[len] = 0x80;
  // bit length as 128-bit big-endian (we support < 2^53 bits)
  const bitLen = len * 8;
  const hiBits = Math.floor(bitLen / 4294967296);
  const end = blocks * 128;
  buf[end - 8] = (hiBits >>> 24) & 0xff;
  buf[end - 7] = (hiBits >>> 16) & 0xff;
  buf[end - 6] = (hiBits >>> 8) & 0xff;
  buf[end - 5] = hiBits & 0xff;
  buf[end - 4] = (bitLen >>> 24) & 0xff;
  buf[end - 3] = (bitLen >>> 16) & 0xff;
  buf[end - 2] = (bitLen >>> 8) & 0xff;
  buf[end - 1] = bitLen & 0xff;

  const H = new Int32Array(16);
  for (let i = 0; i < 16; i++) H[i] = IV[i] | 0;
  const W = new Int32Array(160);
  for (let b = 0; b < blocks; b++) {
    const off = b * 128;
    for (let i = 0; i < 32; i++) {
      const o = off + i * 4;
      W[i] = (buf[o] << 24) | (buf[o + 1] << 16) | (buf[o + 2] << 8) | buf[o + 3];
    }
    for (let i = 16; i < 80; i++) {
      // s0 = ror1 ^ ror8 ^ shr7 of W[i-15]
      let xh = W[2 * (i - 15)];
      let xl = W[2 * (i - 15) + 1];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      // s1 = ror19 ^ ror61 ^ shr6 of W[i-2]
      xh = W[2 * (i - 2)];
      xl = W[2 * (i - 2) + 1];
      const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
      const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
      // W[i] = W[i-16] + s0 + W[i-7] + s1
      const lo = (W[2 * (i - 16) + 1] >>> 0) + (s0l >>> 0) + (W[2 * (i - 7) + 1] >>> 0) + (s1l >>> 0);
      const hi = W[2 * (i - 16)] + s0h + W[2 * (i - 7)] + s1h + Math.floor(lo / 4294967296);
      W[2 * i] = hi | 0;
      W[2 * i + 1] = lo | 0;
      void hi;
      void lo;
    }
    let ah = H[0], al = H[1], bh = H[2], bl = H[3], ch = H[4], cl = H[5], dh = H[6], dl = H[7];
    let eh = H[8], el = H[9], fh = H[10], fl = H[11], gh = H[12], gl = H[13], hh = H[14], hl = H[15];
    for (let i = 0; i < 80; i++) {
      // S1 = ror14 ^ ror18 ^ ror41 (e)
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      let t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K[2 * i + 1] >>> 0) + (W[2 * i + 1] >>> 0);
      const t1h = (hh + S1h + chh + K[2 * i] + W[2 * i] + Math.floor(t1l / 4294967296)) | 0;
      t1l = t1l | 0;
      // S0 = ror28 ^ ror34 ^ ror39 (a)
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      let t2l = (S0l >>> 0) + (majl >>> 0);
      const t2h = (S0h + majh + Math.floor(t2l / 4294967296)) | 0;
      t2l = t2l | 0;
      hh = gh;
      hl = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      let x = (dl >>> 0) + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(x / 4294967296)) | 0;
      el = x | 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      x = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(x / 4294967296)) | 0;
      al = x | 0;
    }
    const add = (i: number, vh: number, vl: number): void => {
      const lo = (H[i + 1] >>> 0) + (vl >>> 0);
      H[i] = (H[i] + vh + Math.floor(lo / 4294967296)) | 0;
      H[i + 1] = lo | 0;
    };
    add(0, ah, al);
    add(2, bh, bl);
    add(4, ch, cl);
    add(6, dh, dl);
    add(8, eh, el);
    add(10, fh, fl);
    add(12, gh, gl);
    add(14, hh, hl);
  }
  const out = new Uint8Array(64);
  for (let i = 0; i < 16; i++) {
    const v = H[i];
    out[i * 4] = (v >>> 24) & 0xff;
    out[i * 4 + 1] = (v >>> 16) & 0xff;
    out[i * 4 + 2] = (v >>> 8) & 0xff;
    out[i * 4 + 3] = v & 0xff;
  }
  return out;
}

/** UTF-8 encode a JS string (lone surrogates → error like Python's str.encode()). */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

export function toHex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += b[i].toString(16).padStart(2, '0');
  return s;
}
