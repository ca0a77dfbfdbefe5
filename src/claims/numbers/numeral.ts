/**
 * Numerals: digits ("1,234.5", "1e10", "3/4", "12,34,567", "40 000", "130bn") and English number
 * words ("two hundred and five", "twenty-first", "two thirds", "one and a half million",
 * "nine point nought four"), read from a token position. What a numeral counts (money, a unit, a
 * year...) is decided by the scanner (scan.ts), not here.
 */
import { ORD_SUFFIX, SCALE_SUFFIX, VULGAR, W, WORDS } from "./lexicon.ts"
import { NUM, SYM, type Tok, WORD } from "./tokens.ts"

// Patterns of the functions below, compiled once: a pattern written inside a function is a new
// object each time the function runs it.
const DIGITS = /^\d+$/
const THREE_DIGITS_DECIMAL = /^\d{3}(?:\.\d+)?$/

export interface Ctx {
  readonly text: string
  readonly toks: readonly Tok[]
}

// ---------------------------------------------------------------------------------------------
// Digits

export const D_NUM = 0
export const D_LIST = 1
export const D_DATE = 2

export interface DigitRead {
  readonly kind: typeof D_NUM | typeof D_LIST | typeof D_DATE
  readonly value: number
  /** Digits only, no separator or decimal point ("2022", "06"). */
  readonly plain: boolean
  /** For a list ("22,24,26", "192.168.1.2"): the numbers, offsets relative to the token. */
  readonly parts?: ReadonlyArray<{ readonly s: number; readonly e: number; readonly v: number }>
  /** Four numbers of at most 255 joined by dots: an address, not a figure. */
  readonly ip?: boolean
  readonly date?: { readonly day: number; readonly month: number; readonly year: number }
}

const num = (value: number, plain = false): DigitRead => ({ kind: D_NUM, value, plain })

const listOf = (t: string, ip = false): DigitRead => {
  const parts: { s: number; e: number; v: number }[] = []
  let s = 0
  for (let p = 0; p <= t.length; p++) {
    const c = t.charCodeAt(p)
    if (p === t.length || c === 44 || c === 46) {
      if (p > s) parts.push({ s, e: p, v: Number(t.slice(s, p)) })
      s = p + 1
    }
  }
  return { kind: D_LIST, value: parts[0]?.v ?? 0, plain: false, parts, ip }
}

const thousands = (g: readonly string[]): boolean => {
  if (g[0]!.length > 3) return false
  for (let k = 1; k < g.length; k++) if (g[k]!.length !== 3) return false
  return true
}
/** Indian grouping: "12,34,567" (lakh, crore). */
const indian = (g: readonly string[]): boolean => {
  if (g.length < 3 || g[0]!.length > 2 || g[g.length - 1]!.length !== 3) return false
  for (let k = 1; k < g.length - 1; k++) if (g[k]!.length !== 2) return false
  return true
}

/** Reads one digit token: a number, a list of numbers, or a dotted date. */
export function readDigits(t: string): DigitRead {
  const c = t.indexOf(",")
  const d = t.indexOf(".")
  if (c < 0 && d < 0) return num(Number(t), true)
  if (d < 0) {
    const g = t.split(",")
    if (thousands(g) || indian(g)) return num(Number(g.join("")))
    // A decimal comma: "5,00", "1,3".
    if (g.length === 2 && g[1]!.length <= 2) return num(Number(`${g[0]}.${g[1]}`))
    return listOf(t)
  }
  if (c < 0) {
    const g = t.split(".")
    if (g.length === 2) return num(Number(t))
    if (
      g.length === 3 &&
      g[0]!.length <= 2 &&
      g[1]!.length <= 2 &&
      (g[2]!.length === 4 || g[2]!.length === 2)
    ) {
      const day = Number(g[0])
      const month = Number(g[1])
      const y = Number(g[2])
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
        return { kind: D_DATE, value: day, plain: false, date: { day, month, year: y < 100 ? 2000 + y : y } }
    }
    if (g.length === 4 && g.every((x) => x.length <= 3 && Number(x) <= 255)) return listOf(t, true)
    if (thousands(g)) return num(Number(g.join("")))
    return listOf(t)
  }
  const lc = t.lastIndexOf(",")
  const ld = t.lastIndexOf(".")
  if (ld > lc) {
    const int = t.slice(0, ld)
    const g = int.split(",")
    if (!int.includes(".") && (thousands(g) || indian(g)))
      return num(Number(`${g.join("")}.${t.slice(ld + 1)}`))
  } else {
    const int = t.slice(0, lc)
    const g = int.split(".")
    if (!int.includes(",") && thousands(g)) return num(Number(`${g.join("")}.${t.slice(lc + 1)}`))
  }
  return listOf(t)
}

// ---------------------------------------------------------------------------------------------
// Token helpers

/** Only blanks (no line break) between a and b. */
export function blank(text: string, a: number, b: number): boolean {
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p)
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x202f && c !== 0x2009 && c !== 0x2007) return false
  }
  return true
}

/** Token k starts where token k-1 ends. */
export const glued = (toks: readonly Tok[], k: number): boolean =>
  k > 0 && k < toks.length && toks[k - 1]!.e === toks[k]!.s

/** The signs a number may start with (readNumeral); scan.ts starts a reading at them. */
export const SIGNS: ReadonlySet<string> = new Set(["-", "−"])
const isSign = (t: string) => SIGNS.has(t)

/** Token x when it is glued to the token before it. */
const gluedAt = (toks: readonly Tok[], x: number): Tok | undefined => (glued(toks, x) ? toks[x] : undefined)

/** An exponent's signs and digits from token `x` on ("e-3", "^+2"): the power and where it ends. */
function exponentAt(toks: readonly Tok[], x: number): { power: number; end: number } | null {
  let sign = 1
  for (let t = gluedAt(toks, x); t?.k === SYM && (t.t === "+" || isSign(t.t)); t = gluedAt(toks, ++x))
    if (isSign(t.t)) sign = -sign
  const ex = gluedAt(toks, x)
  return ex?.k === NUM && DIGITS.test(ex.t) ? { power: sign * Number(ex.t), end: x + 1 } : null
}

// ---------------------------------------------------------------------------------------------
// Digit items

export interface DigitItem {
  readonly v: number
  /** Token index after the item. */
  readonly e: number
  readonly plain: boolean
  /** Nothing may follow in the same numeral (a glued scale, an ordinal suffix, an exponent...). */
  readonly terminal: boolean
  readonly ordinal: boolean
  readonly fraction: boolean
  /** Multiplier of a scale suffix ("bn", "k"), 1 if none. */
  readonly scale: number
}

/**
 * One number written in digits at token k, with what is glued to it: space-grouped thousands
 * ("40 000"), exponents ("1e10", "1.1^23", "1.3x10^6"), fractions ("3/4", "2 1/4", "2½"), scale
 * suffixes ("130bn", "2.33 k"), ordinal suffixes ("14th"). `money`: a currency was written before
 * it, so a glued "b"/"B" is billions.
 */
export function digitItem(ctx: Ctx, k: number, money: boolean): DigitItem | null {
  const { text, toks } = ctx
  const tok = toks[k]
  if (tok === undefined || tok.k !== NUM) return null
  const r = readDigits(tok.t)
  if (r.kind !== D_NUM) return null
  let v = r.value
  let e = k + 1
  let plain = r.plain
  let terminal = false
  let ordinal = false
  const fraction = false
  let scale = 1

  // Thousands grouped by spaces: "1 234 567", "40 000", "1 234 567.89".
  if (r.plain && tok.t.length <= 3) {
    let grouped = false
    while (e < toks.length) {
      const nx = toks[e]!
      const prev = toks[e - 1]!
      if (nx.k !== NUM || nx.s - prev.e !== 1 || !blank(text, prev.e, nx.s)) break
      if (!THREE_DIGITS_DECIMAL.test(nx.t)) break
      const after = toks[e + 1]
      if (after !== undefined && after.s === nx.e && (after.k === NUM || after.t === "/" || after.t === ":"))
        break
      v = Number(`${Math.trunc(v)}${nx.t}`)
      grouped = true
      e++
      if (nx.t.length > 3) break
    }
    if (grouped) plain = false
  }

  // Exponents.
  const t1 = gluedAt(toks, e)
  if (t1 !== undefined) {
    if (t1.k === WORD && (t1.t === "e" || t1.t === "E")) {
      const ex = exponentAt(toks, e + 1)
      if (ex)
        return { v: v * 10 ** ex.power, e: ex.end, plain: false, terminal: true, ordinal, fraction, scale }
    }
    if (t1.t === "^") {
      const ex = exponentAt(toks, e + 1)
      if (ex) return { v: v ** ex.power, e: ex.end, plain: false, terminal: true, ordinal, fraction, scale }
    }
    if (
      t1.k === WORD &&
      (t1.t === "x" || t1.t === "×") &&
      gluedAt(toks, e + 1)?.t === "10" &&
      gluedAt(toks, e + 2)?.t === "^"
    ) {
      const ex = exponentAt(toks, e + 3)
      if (ex)
        return { v: v * 10 ** ex.power, e: ex.end, plain: false, terminal: true, ordinal, fraction, scale }
    }
  }

  // Fractions: "3/4" (not a date "5/17/2018"), "2 1/4", "2½".
  if (r.plain && plain) {
    const sl = gluedAt(toks, e)
    const den = gluedAt(toks, e + 1)
    const beforeSlash = k > 0 && glued(toks, k) && toks[k - 1]!.t === "/"
    if (
      sl?.t === "/" &&
      den?.k === NUM &&
      DIGITS.test(den.t) &&
      gluedAt(toks, e + 2)?.t !== "/" &&
      !beforeSlash &&
      Number(den.t) !== 0 &&
      // "24/7", "2024/25": not fractions.
      v < Number(den.t)
    ) {
      return { v: v / Number(den.t), e: e + 2, plain: false, terminal: true, ordinal, fraction: true, scale }
    }
    const n2 = toks[e]
    if (
      n2 !== undefined &&
      n2.k === NUM &&
      DIGITS.test(n2.t) &&
      n2.s > toks[e - 1]!.e &&
      blank(text, toks[e - 1]!.e, n2.s) &&
      gluedAt(toks, e + 1)?.t === "/" &&
      gluedAt(toks, e + 2)?.k === NUM &&
      DIGITS.test(gluedAt(toks, e + 2)!.t) &&
      gluedAt(toks, e + 3)?.t !== "/"
    ) {
      const a = Number(n2.t)
      const b = Number(gluedAt(toks, e + 2)!.t)
      if (b > 0 && a < b)
        return { v: v + a / b, e: e + 3, plain: false, terminal: true, ordinal, fraction: true, scale }
    }
    const vf = gluedAt(toks, e)
    if (vf !== undefined && VULGAR.has(vf.t))
      return {
        v: v + VULGAR.get(vf.t)!,
        e: e + 1,
        plain: false,
        terminal: true,
        ordinal,
        fraction: true,
        scale,
      }
  }

  // Glued suffixes: a scale ("130bn", "10M", "1.2b") or an ordinal ("14th").
  const g = gluedAt(toks, e)
  if (g !== undefined && g.k === WORD) {
    const after = toks[e + 1]
    const lettersAfter = after !== undefined && after.s === g.e && after.k === WORD
    const sc = SCALE_SUFFIX.get(g.t)
    if (sc !== undefined && !lettersAfter) {
      v *= sc
      scale = sc
      e++
      terminal = true
      plain = false
    } else if ((g.t === "b" || g.t === "B") && (money || !r.plain) && !lettersAfter) {
      v *= 1e9
      scale = 1e9
      e++
      terminal = true
      plain = false
    } else if (ORD_SUFFIX.has(g.t) && r.plain && !lettersAfter) {
      ordinal = true
      terminal = true
      e++
    }
  } else if (g === undefined) {
    // A spaced scale abbreviation: "2.33 k", "10 bln", "$ 5 bn".
    const nx = toks[e]
    if (
      nx !== undefined &&
      nx.k === WORD &&
      nx.t !== "m" &&
      nx.t !== "mm" &&
      SCALE_SUFFIX.has(nx.t) &&
      blank(text, toks[e - 1]!.e, nx.s) &&
      !(toks[e + 1] !== undefined && toks[e + 1]!.s === nx.e && toks[e + 1]!.k !== SYM)
    ) {
      const sc = SCALE_SUFFIX.get(nx.t)!
      v *= sc
      scale = sc
      e++
      terminal = true
      plain = false
    }
  }
  return { v, e, plain, terminal, ordinal, fraction, scale }
}

// ---------------------------------------------------------------------------------------------
// Number words

const I_U = 1
const I_T = 2
const I_TENS = 3
const I_H = 4
const I_S = 5
const I_DZ = 6
const I_ORD = 7
const I_A = 8
const I_AND = 9
const I_N = 10
const I_HALF = 11
const I_DEC = 12
const I_MULT = 13

interface Item {
  readonly ty: number
  readonly v: number
  /** Word class of an ordinal (W.OrdUnit...). */
  readonly cls: number
  readonly plural: boolean
  /** First and after-last token. */
  readonly s: number
  readonly e: number
  /** Joined to the item before by a hyphen. */
  readonly hyph: boolean
  readonly isInt: boolean
  readonly terminal: boolean
  readonly word: string
  readonly dscale: number
}

const mk = (
  ty: number,
  v: number,
  s: number,
  e: number,
  extra?: Partial<Pick<Item, "cls" | "plural" | "hyph" | "isInt" | "terminal" | "word" | "dscale">>,
): Item => ({
  ty,
  v,
  s,
  e,
  cls: extra?.cls ?? 0,
  plural: extra?.plural ?? false,
  hyph: extra?.hyph ?? false,
  isInt: extra?.isInt ?? true,
  terminal: extra?.terminal ?? false,
  word: extra?.word ?? "",
  dscale: extra?.dscale ?? 1,
})

function wordItem(tok: Tok, k: number, hyph: boolean): Item | null {
  if (tok.k !== WORD) return null
  const l = tok.l
  if (l === "and") return mk(I_AND, 0, k, k + 1, { hyph, word: l })
  if (l === "a" || l === "an") return mk(I_A, 1, k, k + 1, { hyph, word: l })
  if (l === "half") return mk(I_HALF, 2, k, k + 1, { hyph, word: l })
  if (l === "quarter") return mk(I_HALF, 4, k, k + 1, { hyph, word: l })
  const w = WORDS.get(l)
  if (w === undefined) return null
  switch (w.cls) {
    case W.Unit:
      return mk(I_U, w.value, k, k + 1, { hyph, word: l })
    case W.Teen:
      return mk(I_T, w.value, k, k + 1, { hyph, word: l })
    case W.Tens:
      return mk(I_TENS, w.value, k, k + 1, { hyph, word: l })
    case W.Hundred:
      return mk(I_H, 100, k, k + 1, { hyph, word: l })
    case W.Scale:
      return mk(I_S, w.value, k, k + 1, { hyph, word: l })
    case W.Dozen:
      return mk(I_DZ, 12, k, k + 1, { hyph, word: l })
    default:
      return mk(I_ORD, w.value, k, k + 1, { hyph, cls: w.cls, plural: w.plural === true, word: l })
  }
}

/** The token after the previous item, if the numeral may continue there (blank or hyphen). */
function link(ctx: Ctx, k: number, words: boolean): { k: number; hyph: boolean } | null {
  const { text, toks } = ctx
  const prev = toks[k - 1]
  const tok = toks[k]
  if (prev === undefined || tok === undefined) return null
  if (tok.t === "-" && words) {
    const nx = toks[k + 1]
    if (nx === undefined || nx.k !== WORD || !blank(text, prev.e, tok.s) || !blank(text, tok.e, nx.s))
      return null
    return { k: k + 1, hyph: true }
  }
  if (tok.s === prev.e) return tok.k === SYM ? null : prev.k === tok.k ? { k, hyph: false } : null
  return blank(text, prev.e, tok.s) ? { k, hyph: false } : null
}

/** Decimal words after "point": "zero three" -> 0.03, "seventy-one" -> 0.71, "eleven" -> 0.11. */
function decimals(ctx: Ctx, k: number): { v: number; e: number } | null {
  const { toks } = ctx
  let digits = ""
  let e = k
  let x: { k: number; hyph: boolean } | null = { k, hyph: false }
  const first = toks[k] ? wordItem(toks[k]!, k, false) : null
  if (first === null) {
    const t = toks[k]
    if (t?.k === NUM && DIGITS.test(t.t)) return { v: Number(`0.${t.t}`), e: k + 1 }
    return null
  }
  if (first.ty === I_T || first.ty === I_TENS) {
    let v = first.v
    e = k + 1
    if (first.ty === I_TENS) {
      const l = link(ctx, e, true)
      const u = l ? wordItem(toks[l.k]!, l.k, l.hyph) : null
      if (u !== null && u.ty === I_U && u.v > 0) {
        v += u.v
        e = l!.k + 1
      }
    }
    return { v: Number(`0.${v}`), e }
  }
  while (x !== null) {
    const it = wordItem(toks[x.k]!, x.k, x.hyph)
    if (it === null || it.ty !== I_U) break
    digits += String(it.v)
    e = x.k + 1
    x = link(ctx, e, true)
  }
  return digits === "" ? null : { v: Number(`0.${digits}`), e }
}

const canFollowAnd = (it: Item | null) =>
  it !== null &&
  (it.ty === I_U || it.ty === I_T || it.ty === I_TENS || it.ty === I_N || it.ty === I_A || it.ty === I_ORD)

/** Collects the items of a numeral starting at token i. */
/** The item (digits or a number word) at token k. */
function itemAt(ctx: Ctx, k: number, hyph: boolean, money: boolean): Item | null {
  const tok = ctx.toks[k]
  if (tok === undefined) return null
  if (tok.k === NUM) {
    const d = digitItem(ctx, k, money)
    if (d === null || d.ordinal || d.fraction) return null
    return mk(I_N, d.v, k, d.e, {
      hyph,
      isInt: Number.isInteger(d.v),
      terminal: d.terminal,
      dscale: d.scale,
    })
  }
  return wordItem(tok, k, hyph)
}

function collect(ctx: Ctx, i: number, money: boolean): Item[] {
  const { toks } = ctx
  const items: Item[] = []
  const first = itemAt(ctx, i, false, money)
  if (first === null || first.ty === I_AND || first.ty === I_DZ || first.ty === I_S) return items
  items.push(first)
  let k = first.e
  for (;;) {
    const last = items[items.length - 1]!
    if (last.ty === I_DZ || last.ty === I_DEC || last.ty === I_MULT || last.terminal) break
    if (last.ty === I_ORD || last.ty === I_HALF) {
      if (last.ty === I_ORD && !last.plural) break
      // "half a dozen", "half million", "three quarters billion", "two thirds of a million".
      let x = k
      let l = link(ctx, x, false)
      if (l !== null && toks[l.k]!.l === "of") {
        x = l.k + 1
        l = link(ctx, x, false)
      }
      if (l !== null && (toks[l.k]!.l === "a" || toks[l.k]!.l === "an")) {
        x = l.k + 1
        l = link(ctx, x, false)
      }
      if (l !== null) {
        const m = wordItem(toks[l.k]!, l.k, false)
        if (m !== null && (m.ty === I_S || m.ty === I_H || m.ty === I_DZ) && !toks[l.k]!.l.endsWith("s"))
          items.push(mk(I_MULT, m.v, l.k, l.k + 1))
        else if (m !== null && m.ty === I_DZ) items.push(mk(I_MULT, m.v, l.k, l.k + 1))
      }
      break
    }
    const l = link(ctx, k, last.ty !== I_N)
    if (l === null) break
    const tok = toks[l.k]!
    if (tok.l === "point" && !l.hyph) {
      if (!(last.ty === I_U || last.ty === I_T || last.ty === I_TENS || last.ty === I_H || last.ty === I_S))
        break
      const dl = link(ctx, l.k + 1, true)
      const d = dl ? decimals(ctx, dl.k) : null
      if (d === null) break
      items.push(mk(I_DEC, d.v, l.k, d.e))
      break
    }
    const nx = itemAt(ctx, l.k, l.hyph, money)
    if (nx === null) break
    if (nx.ty === I_N) {
      // Digits continue a numeral only after a scale or "and": "4 thousand 3 hundred and 21".
      if (l.hyph || !(last.ty === I_H || last.ty === I_S || last.ty === I_AND)) break
      if (toks[nx.s]!.s === toks[l.k - 1]!.e) break
    } else if (last.ty === I_N && nx.ty !== I_H && nx.ty !== I_S && nx.ty !== I_DZ) break
    if (nx.ty === I_AND) {
      if (l.hyph) break
      const l2 = link(ctx, nx.e, false)
      const after = l2 ? itemAt(ctx, l2.k, false, money) : null
      if (!canFollowAnd(after) && !(after?.ty === I_HALF)) break
      if (after?.ty === I_A) {
        // "and a half", "and a third": a fraction, not "and a previous".
        const l3 = link(ctx, after.e, true)
        const f = l3 ? itemAt(ctx, l3.k, l3.hyph, money) : null
        if (f === null || !(f.ty === I_HALF || f.ty === I_ORD)) break
      }
    }
    if (nx.ty === I_A && last.ty !== I_AND) break
    items.push(nx)
    k = nx.e
  }
  return items
}

interface Evaluated {
  value: number
  len: number
  lastScale: number
  ordinal: boolean
  scaled: boolean
}

/** The longest valid integer (or ordinal) read from items[from..to). */
function evalInt(it: readonly Item[], from: number, to: number): Evaluated | null {
  let total = 0
  let cur = 0
  let prev = 0
  let beforeAnd = 0
  let lastBig = Number.POSITIVE_INFINITY
  let hasH = false
  let atAnd = 0
  let best: Evaluated | null = null
  let snap: Evaluated | null = null
  let sinceAnd = false
  let scaled = false
  for (let k = from; k < to; k++) {
    const x = it[k]!
    let ty = x.ty
    const ord = ty === I_ORD
    if (ord) {
      ty =
        x.cls === W.OrdUnit
          ? I_U
          : x.cls === W.OrdTeen
            ? I_T
            : x.cls === W.OrdTens
              ? I_TENS
              : x.cls === W.OrdHundred
                ? I_H
                : I_S
    }
    const v = x.v
    let ok = false
    switch (ty) {
      case I_AND:
        if (prev === 0 || prev === I_AND || prev === I_A || prev === I_DZ) return best
        snap = best
        beforeAnd = prev
        atAnd = cur
        prev = I_AND
        sinceAnd = true
        continue
      case I_A:
        if (prev !== 0) return best
        cur = 1
        prev = I_A
        continue
      case I_U:
        if (prev === 0) ok = true
        // "one thousand and first", not "280 million first (preferred notes)".
        else if (prev === I_S && ord) ok = false
        else if (prev === I_H || prev === I_S) ok = cur % 100 === 0 || prev === I_S
        else if (prev === I_TENS) ok = cur % 10 === 0 && v > 0
        else if (prev === I_AND)
          ok = v > 0 && (beforeAnd === I_H || beforeAnd === I_S || beforeAnd === I_TENS)
        if (ok) cur = prev === 0 ? v : cur + v
        break
      case I_T:
      case I_TENS:
        if (prev === 0) ok = true
        else if (prev === I_S && ord) ok = false
        else if (prev === I_H || prev === I_S) ok = cur % 100 === 0
        else if (prev === I_AND) ok = beforeAnd === I_H || beforeAnd === I_S
        if (ok) cur = prev === 0 ? v : cur + v
        break
      case I_N:
        if (prev === 0) {
          ok = true
          cur = v
        } else if (
          (prev === I_H || prev === I_S || (prev === I_AND && (beforeAnd === I_H || beforeAnd === I_S))) &&
          x.isInt &&
          v > 0 &&
          v < ((prev === I_AND ? beforeAnd : prev) === I_H ? 100 : Math.min(lastBig, 1000)) &&
          cur % 100 === 0
        ) {
          ok = true
          cur += v
        }
        if (x.dscale !== 1) scaled = true
        break
      case I_H:
        if (prev === 0) {
          const nx = it[k + 1]
          ok = ord || (nx !== undefined && nx.ty === I_S)
          if (ok) cur = 100
        } else if (
          (prev === I_U || prev === I_T || prev === I_TENS || prev === I_N || prev === I_A) &&
          !hasH
        ) {
          ok = true
          cur *= 100
        }
        if (ok) {
          hasH = true
          scaled = true
        } else if (sinceAnd && snap !== null) return snap
        break
      case I_S:
        if (prev === I_S && cur === 0) {
          ok = true
          total *= v
          lastBig *= v
        } else if (prev === 0 && ord) {
          ok = true
          total = v
          lastBig = v
        } else if (
          (prev === I_U || prev === I_T || prev === I_TENS || prev === I_N || prev === I_H || prev === I_A) &&
          v < lastBig &&
          cur > 0
        ) {
          ok = true
          total += cur * v
          cur = 0
          hasH = false
          atAnd = 0
          lastBig = v
        }
        if (ok) scaled = true
        else if (sinceAnd && snap !== null) return snap
        break
      case I_DZ:
        if (prev === I_U || prev === I_T || prev === I_TENS || prev === I_N || prev === I_H || prev === I_A) {
          ok = true
          cur = atAnd + (cur - atAnd) * 12
          scaled = true
        }
        break
      case I_DEC:
        if (
          (prev === I_U || prev === I_T || prev === I_TENS || prev === I_N || prev === I_H || prev === I_S) &&
          Number.isInteger(total + cur)
        ) {
          ok = true
          cur += v
        }
        break
      default:
        return best
    }
    if (!ok) return best
    prev = ty
    best = {
      value: total + cur,
      len: k + 1 - from,
      lastScale: lastBig === Number.POSITIVE_INFINITY ? (hasH ? 100 : 1) : lastBig,
      ordinal: ord,
      scaled,
    }
    if (ord || ty === I_DZ || ty === I_DEC) return best
  }
  return best
}

const full = (e: Evaluated | null, n: number): e is Evaluated => e !== null && e.len === n

export interface Numeral {
  /** First token and the token after the last. */
  readonly i: number
  readonly j: number
  readonly value: number
  readonly ordinal: boolean
  /** A proportion: "two thirds", "3/4", "a half". */
  readonly fraction: boolean
  /** "a third", "one fifth": may be an ordinal with an article instead ("a third time"). */
  readonly articleFraction: boolean
  /** Multiplier of a scale word or suffix ("million", "bn"), 1 if none. */
  readonly scale: number
  readonly words: boolean
  /** A bare run of digits ("2022", "06"), nothing else. */
  readonly plain: boolean
}

/** The value of a run of items, and how many items it used. */
function evalRun(it: readonly Item[]): {
  value: number
  len: number
  e: Evaluated | null
  frac: boolean
  art: boolean
  ordinal: boolean
  scaled: boolean
} | null {
  const n = it.length
  let q = -1
  for (let k = 0; k < n; k++)
    if (it[k]!.ty === I_ORD || it[k]!.ty === I_HALF) {
      q = k
      break
    }
  if (q < 0) {
    const e = evalInt(it, 0, n)
    if (e === null) return null
    return { value: e.value, len: e.len, e, frac: false, art: false, ordinal: false, scaled: e.scaled }
  }
  const o = it[q]!
  const mult = it[q + 1]?.ty === I_MULT ? it[q + 1]!.v : 0
  const endLen = mult ? q + 2 : q + 1
  const isFracDen =
    o.ty === I_HALF || (o.plural && !(o.cls === W.OrdUnit && o.v === 2)) || (o.cls !== 0 && !o.plural)

  /** Fraction read from items[p0..q]; null when it does not read as one. */
  const fractionFrom = (p0: number): { v: number; art: boolean } | null => {
    if (p0 > q) return null
    const a = it[p0]!
    // "a half", "one eighth", "a twenty-first", "one one hundred and fifth".
    if ((a.ty === I_A || (a.ty === I_U && a.v === 1)) && !o.plural) {
      if (o.ty === I_HALF && p0 + 1 === q) return { v: 1 / o.v, art: false }
      if (o.ty === I_ORD) {
        const d = evalInt(it, p0 + 1, q + 1)
        // Not "a first", "a second": those are ranks and time.
        if (full(d, q - p0) && d.ordinal && d.value > 2) return { v: 1 / d.value, art: true }
      }
    }
    if (!o.plural || !isFracDen) return null
    // "two thirds", "twenty-three fifths", "one hundred thirty fifths" (= 100/35).
    const tryAt = (p: number): { v: number; art: boolean } | null => {
      if (p <= p0) return null
      const num = evalInt(it, p0, p)
      const den = evalInt(it, p, q + 1)
      if (!full(num, p - p0) || !full(den, q + 1 - p) || num.ordinal || !den.ordinal || den.value === 0)
        return null
      return { v: num.value / den.value, art: false }
    }
    const prev = it[q - 1]
    if (prev !== undefined && prev.ty === I_TENS && o.cls === W.OrdUnit && q - 1 > p0) {
      if (o.hyph) return tryAt(q - 1)
      if (it[q - 2]?.ty !== I_AND) {
        const r = tryAt(q - 1)
        if (r !== null) return r
      }
    }
    const r = tryAt(q)
    if (r !== null) return r
    for (let p = p0 + 1; p < q; p++) {
      const r2 = tryAt(p)
      if (r2 !== null) return r2
    }
    return null
  }

  let lastAnd = -1
  for (let k = q - 1; k >= 0; k--)
    if (it[k]!.ty === I_AND) {
      lastAnd = k
      break
    }
  const withWhole = (
    a: number,
  ): {
    value: number
    len: number
    e: Evaluated | null
    frac: boolean
    art: boolean
    ordinal: boolean
    scaled: boolean
  } | null => {
    const whole = evalInt(it, 0, a)
    if (!full(whole, a) || whole.ordinal) return null
    const f = fractionFrom(a + 1)
    if (f === null) return null
    let value: number
    if (mult) value = whole.lastScale > mult ? whole.value + f.v * mult : (whole.value + f.v) * mult
    else value = whole.lastScale >= 1e6 ? whole.value + f.v * whole.lastScale : whole.value + f.v
    return {
      value,
      len: endLen,
      e: null,
      frac: true,
      art: false,
      ordinal: false,
      scaled: whole.scaled || mult > 0,
    }
  }
  if (lastAnd > 0) {
    const lead = it[lastAnd + 1]
    if (lead !== undefined && (lead.ty === I_U || lead.ty === I_A)) {
      const r = withWhole(lastAnd)
      if (r !== null) return r
    }
  }
  if (isFracDen) {
    const f = fractionFrom(0)
    if (f !== null)
      return {
        value: mult ? f.v * mult : f.v,
        len: endLen,
        e: null,
        frac: true,
        art: f.art && !mult,
        ordinal: false,
        scaled: mult > 0,
      }
    if (lastAnd > 0) {
      const r = withWhole(lastAnd)
      if (r !== null) return r
    }
  }
  if (o.ty === I_HALF && q === 0) {
    // A bare "half" / "quarter": "half a million", "quarter million", "half of them".
    return {
      value: mult ? mult / o.v : 1 / o.v,
      len: endLen,
      e: null,
      frac: true,
      art: false,
      ordinal: false,
      scaled: mult > 0,
    }
  }
  if (o.ty === I_ORD) {
    const e = evalInt(it, 0, q + 1)
    if (full(e, q + 1) && e.ordinal && !o.plural)
      return { value: e.value, len: q + 1, e, frac: false, art: false, ordinal: true, scaled: false }
  }
  const e = q > 0 ? evalInt(it, 0, q) : null
  if (e === null) return null
  return { value: e.value, len: e.len, e, frac: false, art: false, ordinal: e.ordinal, scaled: e.scaled }
}

/**
 * A numeral at token i: digits, words, or both ("3 million", "4 thousand 3 hundred and 21"), with a
 * sign ("-5", "minus five") or a leading point (".08"). `money`: a currency precedes it.
 */
export function readNumeral(ctx: Ctx, i: number, money = false): Numeral | null {
  const { text, toks } = ctx
  const tok = toks[i]
  if (tok === undefined) return null
  // Signs.
  if (tok.k === SYM && isSign(tok.t)) {
    const nx = toks[i + 1]
    if (nx === undefined) return null
    const before = toks[i - 1]
    const free =
      before === undefined ||
      (before.e < tok.s && before.k !== NUM && !isSign(before.t)) ||
      (before.e === tok.s && before.k === SYM && "<>=([{:;,/".includes(before.t))
    if (!free) return null
    if (nx.s !== tok.e && !(i === 0 && blank(text, tok.e, nx.s))) return null
    if (nx.k !== NUM && nx.t !== ".") return null
    const r = readNumeral(ctx, i + 1, money)
    return r === null ? null : { ...r, i, value: -r.value }
  }
  if (tok.k === WORD && (tok.l === "minus" || tok.l === "negative")) {
    const l = link(ctx, i + 1, true)
    if (l === null || l.hyph) return null
    const r = readNumeral(ctx, l.k, money)
    return r === null ? null : { ...r, i, value: -r.value, words: true, plain: false }
  }
  // A leading point: ".08", ".25".
  if (tok.k === SYM && tok.t === ".") {
    const nx = toks[i + 1]
    if (nx === undefined || nx.k !== NUM || nx.s !== tok.e || !DIGITS.test(nx.t)) return null
    const before = toks[i - 1]
    if (before !== undefined && before.e === tok.s && (before.k === NUM || before.k === WORD)) return null
    return {
      i,
      j: i + 2,
      value: Number(`0.${nx.t}`),
      ordinal: false,
      fraction: false,
      articleFraction: false,
      scale: 1,
      words: false,
      plain: false,
    }
  }
  if (tok.k === SYM) {
    const f = VULGAR.get(tok.t)
    if (f === undefined) return null
    return {
      i,
      j: i + 1,
      value: f,
      ordinal: false,
      fraction: true,
      articleFraction: false,
      scale: 1,
      words: false,
      plain: false,
    }
  }
  if (tok.k === NUM) {
    const d = digitItem(ctx, i, money)
    if (d === null) return null
    if (d.terminal || d.ordinal || d.fraction) {
      return {
        i,
        j: d.e,
        value: d.v,
        ordinal: d.ordinal,
        fraction: d.fraction,
        articleFraction: false,
        scale: d.scale,
        words: false,
        plain: d.plain,
      }
    }
  }
  const items = collect(ctx, i, money)
  if (items.length === 0) return null
  const r = evalRun(items)
  if (r === null || r.len === 0) return null
  const used = items.slice(0, r.len)
  const last = used[used.length - 1]!
  const words = used.some((x) => x.ty !== I_N)
  const first = used[0]!
  let scale = 1
  for (const x of used) {
    if (x.ty === I_S || x.ty === I_MULT || x.ty === I_H) scale = Math.max(scale, x.v)
    if (x.ty === I_N && x.dscale !== 1) scale = Math.max(scale, x.dscale)
  }
  const onlyDigits = used.length === 1 && first.ty === I_N
  let plain = false
  if (onlyDigits) {
    const d = digitItem(ctx, i, money)
    plain = d?.plain === true
  }
  return {
    i,
    j: last.e,
    value: r.value,
    ordinal: r.ordinal,
    fraction: r.frac,
    articleFraction: r.art,
    scale: r.scaled || scale > 1 ? scale : 1,
    words,
    plain,
  }
}
