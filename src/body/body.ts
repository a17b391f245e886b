import type { BodyKind } from "../trace/names.js";

/**
 * The body (団体) an application is for: its code, kind and 財政力指数.
 *
 * @example
 * ```ts
 * calculate(application).trace.input.body;
 * //=> { code: "042056", name: "気仙沼市", kind: "municipality", fiscalCapabilityIndex: "0.45" }
 * ```
 * @category Schema
 */
export interface Body {
  /** 全国地方公共団体コード, 6 digits. */
  readonly code: string;
  /** Its name, for people. */
  readonly name?: string;
  /** 市町村 or 都道府県; the code must agree. Without it, the code tells (prefecture codes are `NN000` + check digit). */
  readonly kind?: BodyKind;
  /** 財政力指数 as given (decimal string), or… (without either, the registry's published figure of the year before) */
  readonly fiscalCapabilityIndex?: string;
  /** …the three previous years' 基準財政収入額 and 基準財政需要額 (decimal strings). */
  readonly fiscalCapabilityYears?: readonly {
    /** 基準財政収入額. */
    readonly revenue: string;
    /** 基準財政需要額. */
    readonly need: string;
  }[];
}
