// pdf.js creates a DOMMatrix when its module loads. Browsers have one; in Node pdf.js borrows it from the
// optional native package @napi-rs/canvas, which is missing where that package could not be installed or
// loaded (a bundled build, an unsupported platform), and then merely importing pdf.js throws. Text extraction
// needs no rendering, so a plain 2D affine matrix is enough. Imported for its effect, before pdf.js.

type Init = [number, number, number, number, number, number];

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  readonly is2D = true;

  constructor(init?: number[]) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init as Init;
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  multiplySelf(m: AffineMatrix): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }

  preMultiplySelf(m: AffineMatrix): this {
    const copy = new AffineMatrix([m.a, m.b, m.c, m.d, m.e, m.f]).multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [copy.a, copy.b, copy.c, copy.d, copy.e, copy.f];
    return this;
  }

  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, x, y]));
  }

  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf(new AffineMatrix([x, 0, 0, y, 0, 0]));
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) {
      [this.a, this.b, this.c, this.d, this.e, this.f] = [NaN, NaN, NaN, NaN, NaN, NaN];
      return this;
    }
    [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det];
    [this.e, this.f] = [(c * f - d * e) / det, (b * e - a * f) / det];
    return this;
  }

  multiply(m: AffineMatrix): AffineMatrix {
    return this.clone().multiplySelf(m);
  }

  translate(x?: number, y?: number): AffineMatrix {
    return this.clone().translateSelf(x, y);
  }

  scale(x?: number, y?: number): AffineMatrix {
    return this.clone().scaleSelf(x, y);
  }

  inverse(): AffineMatrix {
    return this.clone().invertSelf();
  }

  private clone(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

const scope = globalThis as { DOMMatrix?: unknown };
scope.DOMMatrix ??= AffineMatrix;
