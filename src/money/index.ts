export { Dec, decimalString, twoDecimalString, roundHalfUp, ZERO } from "./decimal.js";
export { readYen, yen, MAX_YEN_DIGITS } from "./yen.js";
export { readNonNegativeDecimal } from "./decimal-input.js";
export { safeYen, addSafe } from "./safe-yen.js";
