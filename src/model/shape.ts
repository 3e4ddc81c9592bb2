/**
 * A tiny schema language, just big enough for our three documents. One
 * definition (schema.ts) gives the runtime validation (normalise.ts), the
 * TypeScript types (below) and the JSON Schema (scripts/build/write-schemas.mjs).
 * Written for size: a general-purpose validator costs more bytes than this
 * whole file on every page view.
 */
import type { UrlKind } from './url-policy.js';
import type { RichText } from './rich-text/index.js';
import type { Issue } from './issues.js';
import type { Feature } from '../loader/on-demand.js';

interface Base {
  /** Optional field; a string here is the warning given when it is missing. */
  opt?: true | string;
}
export interface StringShape extends Base {
  t: 'string';
  re?: RegExp;
  msg?: string;
}
/** Every number in our documents has both bounds: the one message says both. */
export interface NumberShape extends Base {
  t: 'number';
  int?: boolean;
  min: number;
  max: number;
}
export interface BooleanShape extends Base {
  t: 'boolean';
}
export interface EnumShape<V extends string | number = string | number> extends Base {
  t: 'enum';
  of: readonly V[];
}
export interface UrlShape extends Base {
  t: 'url';
  kind: UrlKind;
}
/** `cell`: a value that is not rich text is an empty cell (with a warning), so the row keeps its columns. */
export interface InlineShape extends Base {
  t: 'inline';
  filled?: true;
  cell?: true;
}
/** Rich text or a list of it, read as paragraphs. */
export interface ParagraphsShape extends Base {
  t: 'paragraphs';
  filled?: true;
}
/** An object, or rich text as shorthand for `{[key]: text}` (a list item). */
export interface ItemShape<O extends ObjectShape = ObjectShape> extends Base {
  t: 'item';
  key: string;
  of: O;
}
/** A field that is never read: `msg` says why (nested too deep). */
export interface CutShape extends Base {
  t: 'cut';
  msg: string;
}
export interface DateShape extends Base {
  t: 'date';
  re: RegExp;
}
export interface ObjectShape<P extends Record<string, Shape> = Record<string, Shape>> extends Base {
  t: 'object';
  of: P;
  /** Checks across fields, run on the normalised object (it may change fields and warn). */
  check?: ObjectCheck;
}
/**
 * A check across fields of a normalised object at `path`; `warn` reports what it changed;
 * `needs`: the on-demand code the document needs so far (an article's footnotes are numbered only when it has some).
 */
export type ObjectCheck = (
  value: Record<string, unknown>,
  path: string,
  warn: (issue: Issue) => void,
  needs?: ReadonlySet<Feature>,
) => void;
/**
 * `min`: fewer items is a warning (the JSON Schema's `minItems`), not a failure: the renderer falls back.
 * `fill`: the items are positional (a table's columns): one that fails is replaced by this value, not left out.
 */
export interface ArrayShape<I extends Shape = Shape> extends Base {
  t: 'array';
  of: I;
  filled?: true;
  min?: number;
  fill?: string;
}
/** A member of a variant is an object, or a variant of its own (an `embed` by `provider`). */
export type VariantMember = ObjectShape | VariantShape;
export interface VariantShape<
  O extends Record<string, VariantMember> = Record<string, VariantMember>,
  Key extends string = string,
> extends Base {
  t: 'variant';
  key: Key;
  of: O;
  /** Tags this variant refuses with their own message (an aside inside an aside). */
  refused?: Record<string, string>;
}
export type Shape =
  | StringShape
  | NumberShape
  | BooleanShape
  | EnumShape
  | UrlShape
  | InlineShape
  | DateShape
  | ObjectShape
  | ArrayShape
  | VariantShape
  | ParagraphsShape
  | ItemShape
  | CutShape;

export const str = (more: Omit<StringShape, 't'> = {}): StringShape => ({ t: 'string', ...more });
export const num = (range: Omit<NumberShape, 't'>): NumberShape => ({ t: 'number', ...range });
export const bool: BooleanShape = { t: 'boolean' };
export const oneOf = <const V extends string | number>(...of: V[]): EnumShape<V> => ({ t: 'enum', of });
export const url = (kind: UrlKind): UrlShape => ({ t: 'url', kind });
export const inline: InlineShape = { t: 'inline' };
/** An ISO 8601 date, with or without a time: it must start like one (and parse). */
export const date: DateShape = { t: 'date', re: /^\d{4}-\d\d-\d\d/ };
export const obj = <P extends Record<string, Shape>>(of: P, check?: ObjectCheck): ObjectShape<P> => ({
  t: 'object',
  of,
  check,
});
export const paragraphs: ParagraphsShape = { t: 'paragraphs' };
export const item = <O extends ObjectShape>(key: string, of: O): ItemShape<O> => ({ t: 'item', key, of });
export const cut = (msg: string): CutShape => ({ t: 'cut', msg });
export const list = <I extends Shape>(of: I): ArrayShape<I> => ({ t: 'array', of });
export const variant = <const Key extends string, O extends Record<string, VariantMember>>(
  key: Key,
  of: O,
  refused?: Record<string, string>,
): VariantShape<O, Key> => ({ t: 'variant', key, of, refused });
/** Marks a field optional; `missing` is the warning for documents that leave it out. */
export const opt = <S extends Shape>(shape: S, missing?: string): S & { opt: true | string } => ({
  ...shape,
  opt: missing ?? true,
});
/** Rich text that must show some text, or a list that must keep an item, once normalised. */
export const filled = <S extends InlineShape | ArrayShape | ParagraphsShape>(shape: S): S => ({
  ...shape,
  filled: true,
});
/** A list whose items keep their places: one that fails becomes `fill` (with its warning). */
export const positional = <S extends ArrayShape>(fill: string, shape: S): S => ({ ...shape, fill });
/** A list that should have `min` items: fewer (but one or more) is a warning, none a failure. */
export const atLeast = <S extends ArrayShape>(min: number, shape: S): S => ({ ...shape, filled: true, min });

type Optional<P> = { [K in keyof P]: P[K] extends { opt: true | string } ? K : never }[keyof P];
type Fields<P, M extends 'in' | 'out'> = { [K in Exclude<keyof P, Optional<P>>]: Infer<P[K], M> } & {
  [K in Optional<P>]?: Infer<P[K], M>;
};
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** A span of rich text as documents write it. */
export type SpanDocument =
  string | { text: string; href?: string; strong?: boolean; em?: boolean; code?: boolean; note?: InlineDocument };
/** Rich text as documents write it: plain text, spans, or an HTML fragment reduced to the allowlist. */
export type InlineDocument = string | SpanDocument[] | { html: string };

/** The type a shape describes: as written (`in`) or as normalised for renderers (`out`). */
export type Infer<S, M extends 'in' | 'out' = 'out'> = S extends StringShape | DateShape
  ? string
  : S extends NumberShape
    ? number
    : S extends BooleanShape
      ? boolean
      : S extends EnumShape<infer V>
        ? V
        : S extends UrlShape
          ? M extends 'in'
            ? string
            : string | undefined // a refused URL is left undefined
          : S extends InlineShape
            ? M extends 'in'
              ? InlineDocument
              : RichText
            : S extends ParagraphsShape
              ? M extends 'in'
                ? InlineDocument | InlineDocument[]
                : RichText[]
              : S extends ItemShape<infer O>
                ? M extends 'in'
                  ? InlineDocument | Infer<O, M>
                  : Infer<O, M>
                : S extends ObjectShape<infer P>
                  ? Flat<Fields<P, M>>
                  : S extends ArrayShape<infer I>
                    ? Infer<I, M>[]
                    : S extends VariantShape<infer O, infer Key>
                      ? { [K in keyof O]: Flat<{ [_ in Key]: K } & Infer<O[K], M>> }[keyof O]
                      : never;
